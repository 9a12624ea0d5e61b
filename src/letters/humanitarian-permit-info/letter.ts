import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const humanitarianPermitInfo = defineLetter({
  id: 'humanitarian-permit-info',
  kind: 'info',
  title: 'Guidance on applying for a humanitarian residence permit (udlændingelovens § 9 b)',
  titleDa: 'Vejledning om ansøgning om humanitær opholdstilladelse (§ 9 b)',
  source: 'Asylmeddelelse nr. 11/16 of 8 September 2016',
  variants: [
    {
      id: 'handed',
      descriptionDa: 'afgjort ved oplysnings- og motivsamtalen; udleveres der (R-ASY-011)',
      description: 'decided at the information-and-motive interview; handed over there (R-ASY-011)',
    },
    {
      id: 'sent',
      descriptionDa: 'afgjort efter samtalen; sendes til ansøgeren (R-ASY-011)',
      description: 'decided after the interview; sent to the applicant (R-ASY-011)',
    },
  ],
  secondLanguageRequired: true,
  schema,
  decide,
});
