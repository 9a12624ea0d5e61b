import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

const refusedDa = 'klagevejledning ikke fastlagt (R-FAM-101)';
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
      descriptionDa: `indgivet i Danmark uden lovligt ophold, efter en udrejsefrist eller mens en anden sag verserer (R-FAM-017); udrejse straks (R-FAM-081); ${refusedDa}`,
      description: `filed in Denmark without lawful stay, after a departure deadline or with another case pending (R-FAM-017); leave at once (R-FAM-081); ${refused}`,
    },
    {
      id: 'repeat-application',
      descriptionDa: `ny ansøgning inden 1½ år efter et afslag (R-FAM-019); ${refusedDa}`,
      description: `repeat application within 1½ years of a refusal (R-FAM-019); ${refused}`,
    },
    {
      id: 'entry-ban',
      descriptionDa: `indrejseforbud, aldrig udrejst; ledelsen er hørt; ${refusedDa}`,
      description: `under an entry ban, never left; management team consulted; ${refused}`,
    },
    {
      id: 'missing-documents',
      descriptionDa: `§ 9 g, stk. 3, aldrig ved § 9 c, stk. 1 (R-FAM-018); fuld tilbagebetaling af gebyret (R-FAM-007); ${refusedDa}`,
      description: `§ 9 g, stk. 3, never for § 9 c, stk. 1 (R-FAM-018); full refund (R-FAM-007); ${refused}`,
    },
    {
      id: 'biometrics',
      descriptionDa: `§ 47 b, biometri ikke optaget inden 14 dage (R-FAM-016); ${refusedDa}`,
      description: `§ 47 b after the 14 days (R-FAM-016); ${refused}`,
    },
  ],
  // OPEN: the source states no language rule (family-application-rejection.md, Language).
  secondLanguageRequired: false,
  schema,
  decide,
});
