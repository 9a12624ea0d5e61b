import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const spouseReunificationDecision = defineLetter({
  id: 'spouse-reunification-decision',
  kind: 'decision',
  title:
    'First-time decision on family reunification with a spouse or cohabitant (§ 9, stk. 1, nr. 1; § 9 c, stk. 1): grant or refusal',
  titleDa:
    'Afgørelse om familiesammenføring med ægtefælle eller samlever (§ 9, stk. 1, nr. 1; § 9 c, stk. 1): tilladelse eller afslag',
  source: 'Sagsbehandlervejledning, familiesammenføring (1. gangsansøgninger), February 2017',
  variants: [
    {
      id: 'grant-9-1-1',
      descriptionDa:
        'alle betingelser opfyldt: § 9, stk. 1, nr. 1, med de fastsatte betingelser (R-FAM-070) og slutdatoen (R-FAM-071)',
      description: 'all conditions met: § 9, stk. 1, nr. 1, with the conditions imposed (R-FAM-070) and the end date (R-FAM-071)',
    },
    {
      id: 'grant-9c-waiver',
      descriptionDa:
        'en betingelse, der kan fraviges, er fraveget efter § 9 c, stk. 1 (R-FAM-028); klagevejledning ikke fastlagt (R-FAM-101)',
      description: 'a waivable condition set aside under § 9 c, stk. 1 (R-FAM-028); appeal guidance OPEN (R-FAM-101)',
    },
    {
      id: 'grant-9c-family-life',
      descriptionDa: 'beskyttet familieliv, § 9 c, stk. 1; klagevejledning ikke fastlagt (R-FAM-101)',
      description: 'protected family life, § 9 c, stk. 1; appeal guidance OPEN (R-FAM-101)',
    },
    {
      id: 'grant-7-3-reference',
      descriptionDa:
        'reference med ophold efter § 7, stk. 3: midlertidig, ikke ud over referencens tilladelse (R-FAM-030); klagevejledning ikke fastlagt (R-FAM-101)',
      description: 'reference with § 7, stk. 3: temporary, not beyond their permit (R-FAM-030); appeal guidance OPEN (R-FAM-101)',
    },
    {
      id: 'refusal',
      descriptionDa:
        'afslag: hovedgrunden, derefter hver anden ikke-opfyldt betingelse (R-FAM-020), udrejsefrist (R-FAM-080..088); klagevejledning ikke fastlagt (R-FAM-101)',
      description:
        'main ground, then every other unmet condition (R-FAM-020), departure deadline (R-FAM-080..088); appeal guidance OPEN (R-FAM-101)',
    },
  ],
  // OPEN: the source states no language rule for these letters (spouse-reunification-decision.md, Language).
  secondLanguageRequired: false,
  schema,
  decide,
});
