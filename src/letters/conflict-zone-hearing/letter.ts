import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const conflictZoneHearing = defineLetter({
  id: 'conflict-zone-hearing',
  kind: 'info',
  title: 'Written request for comments (partshøring) before a § 21 b lapse decision with entry ban',
  titleDa: 'Partshøring før afgørelse om bortfald af opholdstilladelse eller opholdsret efter § 21 b med indrejseforbud',
  source: 'Familiesammenføringsmeddelelse nr. 3/15 of 3 March 2015 (src:1988–1999)',
  variants: [
    {
      id: 'hearing',
      descriptionDa: 'de oplysninger, afgørelsen kan bygge på, og svarfristen, mindst 14 dage (R-ASY-093)',
      description: 'the information the decision may rest on, and the answer date, at least 14 days on (R-ASY-093)',
    },
  ],
  // OPEN: the source is silent on languages; Danish, with an optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
