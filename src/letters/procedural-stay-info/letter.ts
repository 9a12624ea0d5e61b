import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const proceduralStayInfo = defineLetter({
  id: 'procedural-stay-info',
  kind: 'info',
  title: 'Information on procedural stay while a family-reunification application filed during lawful stay is processed',
  titleDa:
    'Orientering om processuelt ophold under behandlingen af en ansøgning om familiesammenføring indgivet under lovligt ophold',
  source: 'Family-reunification handbook, February 2017, 2.3 "Processuelt ophold" (src:4721–4745)',
  variants: [
    {
      id: 'info',
      descriptionDa:
        'indgivet under lovligt ophold i Danmark (R-FAM-017): ophold, intet arbejde, kurser, udrejse afslutter opholdet; R-FAM-095',
      description:
        'filed during lawful stay in Denmark (R-FAM-017): stay, no work, courses, leaving ends the stay; routing R-FAM-095',
    },
  ],
  // Not stated by the source (languages.md applies): Danish, with an optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
