import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const caseOnHold24Year = defineLetter({
  id: 'case-on-hold-24-year',
  kind: 'info',
  title: 'Spouse case on hold until the younger spouse turns 24, with an indication of the outcome (the 23½-year rule)',
  titleDa:
    'Ægtefællesammenføring sat i bero, til den yngste ægtefælle fylder 24 år, med tilkendegivelse om udfaldet (23½-årsreglen)',
  source: 'Family-reunification handbook, February 2017, 3.6.2.1 (src:6013–6033)',
  variants: [
    {
      id: 'on-hold',
      descriptionDa:
        'den yngste ægtefælle var mindst 23½ år ved indgivelsen, men ikke fyldt 24; alt andet opfyldt undtagen sikkerhedsstillelsen (R-FAM-027); R-FAM-095',
      description:
        'younger spouse at least 23½ at filing, not yet 24; all else met but the security (R-FAM-027); routing R-FAM-095',
    },
  ],
  // Not stated by the source (languages.md applies): Danish, with an optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
