import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

const refusedDa = 'klagevejledning ikke fastlagt (R-FAM-101)';
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
      descriptionDa: 'under 15 år ved indgivelsen: § 9, stk. 1, nr. 2, højst til dagen før 18-årsdagen (R-FAM-050, R-FAM-051)',
      description:
        'under 15 at filing: § 9, stk. 1, nr. 2, until the day before the 18th birthday at most (R-FAM-050, R-FAM-051)',
    },
    {
      id: 'grant-with-conditions',
      descriptionDa: '§ 9, stk. 1, nr. 2 med betingelserne i § 9, stk. 15 og advarsel om inddragelse (R-FAM-070)',
      description: '§ 9, stk. 1, nr. 2 with the § 9, stk. 15 conditions and the revocation warning (R-FAM-070)',
    },
    {
      id: 'grant-15-18',
      descriptionDa: `15–18 år ved indgivelsen, § 9 c, stk. 1 (R-FAM-050); ${refusedDa}`,
      description: `15–18 at filing, § 9 c, stk. 1 (R-FAM-050); ${refused}`,
    },
    {
      id: 'grant-7-3-reference',
      descriptionDa: `reference med ophold efter § 7, stk. 3: ikke ud over referencens tilladelse (R-FAM-030); ${refusedDa}`,
      description: `reference with § 7, stk. 3: not beyond their permit (R-FAM-030); ${refused}`,
    },
    {
      id: 'refusal-age',
      descriptionDa: `afslag: 15 år eller derover ved indgivelsen, ingen særlige omstændigheder; ${refusedDa}`,
      description: `15 or over at filing, no special circumstances; ${refused}`,
    },
    {
      id: 'refusal-civil-status',
      descriptionDa: `afslag: gift eller har stiftet egen familie; ${refusedDa}`,
      description: `married or own family; ${refused}`,
    },
    {
      id: 'refusal-adoption-not-recognised',
      descriptionDa: `afslag: adoptionen er ikke anerkendt, vejledning om Ankestyrelsen; ${refusedDa}`,
      description: `adoption not recognised, guidance on Ankestyrelsen; ${refused}`,
    },
    {
      id: 'refusal-no-adoption-documents',
      descriptionDa: `afslag: adoptionen er ikke dokumenteret; ${refusedDa}`,
      description: `no documentation of the adoption; ${refused}`,
    },
    {
      id: 'refusal-reference-not-resident',
      descriptionDa: `afslag: referencen er ikke registreret på en dansk adresse; ${refusedDa}`,
      description: `reference not registered at a Danish address; ${refused}`,
    },
    {
      id: 'refusal-custody',
      descriptionDa: `afslag: referencen har ikke forældremyndigheden; ${refusedDa}`,
      description: `reference lacks custody; ${refused}`,
    },
    {
      id: 'refusal-integration',
      descriptionDa: `afslag: § 9, stk. 16, barn over 8 år (uafklaret læsning); ${refusedDa}`,
      description: `§ 9, stk. 16, child over 8 (OPEN reading); ${refused}`,
    },
    { id: 'refusal-after-lapse', descriptionDa: `afslag: § 9, stk. 17; ${refusedDa}`, description: `§ 9, stk. 17; ${refused}` },
    {
      id: 'refusal-best-interests',
      descriptionDa: `afslag: § 9, stk. 18, fraviges aldrig; ${refusedDa}`,
      description: `§ 9, stk. 18, never waived; ${refused}`,
    },
    {
      id: 'refusal-identity',
      descriptionDa: `afslag: identiteten er ikke dokumenteret; ${refusedDa}`,
      description: `identity not documented; ${refused}`,
    },
    {
      id: 'refusal-offence-bar',
      descriptionDa: `afslag: § 9, stk. 19, 10 år fra den seneste endelige dom (R-FAM-052); ${refusedDa}`,
      description: `§ 9, stk. 19, 10 years from the latest final judgment (R-FAM-052); ${refused}`,
    },
  ],
  // OPEN: the source states no language rule (child-reunification-decision.md, Language).
  secondLanguageRequired: false,
  schema,
  decide,
});
