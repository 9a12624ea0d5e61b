import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const travelRestrictionLiftingGuidance = defineLetter({
  id: 'travel-restriction-lifting-guidance',
  kind: 'info',
  title:
    'Advice before lifting the travel restriction in a refugee travel document or alien’s passport: travel home may lead to revocation',
  titleDa:
    'Vejledning før ophævelse af rejsebegrænsningen i rejsedokument eller fremmedpas: rejse til hjemlandet kan føre til inddragelse',
  source: 'Asylmeddelelse nr. 2/17 of 14 February 2017, section 3.4',
  variants: [
    {
      id: 'advice',
      descriptionDa:
        'der gælder en rejsebegrænsning, og ansøgningen opfylder kravene: advarsel, derefter ophævelse hvis ansøgningen fastholdes (R-ASY-050, R-ASY-051)',
      description:
        'a restriction applies and the application meets the requirements: warn, then lift if maintained (R-ASY-050, R-ASY-051)',
    },
  ],
  // The source is silent on languages (OPEN): Danish, with an optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
