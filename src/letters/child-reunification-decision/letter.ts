import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

const refused = 'appeal guidance OPEN (R-FAM-101)';

export const childReunificationDecision = defineLetter({
  id: 'child-reunification-decision',
  kind: 'decision',
  title: 'First-time decision on family reunification with a child (§ 9, stk. 1, nr. 2; § 9 c, stk. 1): grant or refusal',
  titleDa: 'Afgørelse om familiesammenføring med barn (§ 9, stk. 1, nr. 2; § 9 c, stk. 1): tilladelse eller afslag',
  source: 'Sagsbehandlervejledning, familiesammenføring (1. gangsansøgninger), February 2017, ch. 7',
  variants: [
    {
      id: 'grant-under-15',
      description:
        'under 15 at filing: § 9, stk. 1, nr. 2, until the day before the 18th birthday at most (R-FAM-050, R-FAM-051)',
    },
    {
      id: 'grant-with-conditions',
      description: '§ 9, stk. 1, nr. 2 with the § 9, stk. 15 conditions and the revocation warning (R-FAM-070)',
    },
    { id: 'grant-15-18', description: `15–18 at filing, § 9 c, stk. 1 (R-FAM-050); ${refused}` },
    { id: 'grant-7-3-reference', description: `reference with § 7, stk. 3: not beyond their permit (R-FAM-030); ${refused}` },
    { id: 'refusal-age', description: `15 or over at filing, no special circumstances; ${refused}` },
    { id: 'refusal-civil-status', description: `married or own family; ${refused}` },
    { id: 'refusal-adoption-not-recognised', description: `adoption not recognised, guidance on Ankestyrelsen; ${refused}` },
    { id: 'refusal-no-adoption-documents', description: `no documentation of the adoption; ${refused}` },
    { id: 'refusal-reference-not-resident', description: `reference not registered at a Danish address; ${refused}` },
    { id: 'refusal-custody', description: `reference lacks custody; ${refused}` },
    { id: 'refusal-integration', description: `§ 9, stk. 16, child over 8 (OPEN reading); ${refused}` },
    { id: 'refusal-after-lapse', description: `§ 9, stk. 17; ${refused}` },
    { id: 'refusal-best-interests', description: `§ 9, stk. 18, never waived; ${refused}` },
    { id: 'refusal-identity', description: `identity not documented; ${refused}` },
    { id: 'refusal-offence-bar', description: `§ 9, stk. 19, 10 years from the latest final judgment (R-FAM-052); ${refused}` },
  ],
  // OPEN: the source states no language rule (child-reunification-decision.md, Language).
  secondLanguageRequired: false,
  schema,
  decide,
});
