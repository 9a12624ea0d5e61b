import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

const refused = 'appeal guidance OPEN (R-FAM-101)';

export const familyApplicationRejection = defineLetter({
  id: 'family-application-rejection',
  kind: 'decision',
  title:
    'Rejection of a family-reunification application without a merits decision (§ 9, stk. 21; § 9 c, stk. 6; § 9 f, stk. 8; § 9 g, stk. 3; § 47 b)',
  titleDa:
    'Afgørelse om afvisning af ansøgning om familiesammenføring uden realitetsbehandling (§ 9, stk. 21; § 9 c, stk. 6; § 9 f, stk. 8; § 9 g, stk. 3; § 47 b)',
  source: 'Sagsbehandlervejledning, familiesammenføring (1. gangsansøgninger), February 2017, 2.5',
  variants: [
    {
      id: 'unlawful-stay',
      description: `filed in Denmark without lawful stay, after a departure deadline or with another case pending (R-FAM-017); leave at once (R-FAM-081); ${refused}`,
    },
    { id: 'repeat-application', description: `repeat application within 1½ years of a refusal (R-FAM-019); ${refused}` },
    { id: 'entry-ban', description: `under an entry ban, never left; management team consulted; ${refused}` },
    {
      id: 'missing-documents',
      description: `§ 9 g, stk. 3, never for § 9 c, stk. 1 (R-FAM-018); full refund (R-FAM-007); ${refused}`,
    },
    { id: 'biometrics', description: `§ 47 b after the 14 days (R-FAM-016); ${refused}` },
  ],
  // OPEN: the source states no language rule (family-application-rejection.md, Language).
  secondLanguageRequired: false,
  schema,
  decide,
});
