import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const tortureExaminationGuidance = defineLetter({
  id: 'torture-examination-guidance',
  kind: 'info',
  title: 'Written guidance on torture examinations to an asylum applicant who says they were tortured',
  titleDa: 'Skriftlig vejledning om torturundersøgelse til en asylansøger, der oplyser at have været udsat for tortur',
  source: 'Asylmeddelelse nr. 9/16 of 1 September 2016 (src:1349–1384)',
  variants: [
    {
      id: 'guidance',
      descriptionDa: 'individuel vurdering, samtykke og afslag på samtykke, helbredsoplysninger (R-ASY-082)',
      description: 'individual assessment, consent and its refusal, medical information (R-ASY-082)',
    },
  ],
  // OPEN: the source is silent on languages; Danish, with an optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
