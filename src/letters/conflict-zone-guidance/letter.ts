import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const conflictZoneGuidance = defineLetter({
  id: 'conflict-zone-guidance',
  kind: 'info',
  title: 'Guidance under § 21 b, stk. 3 to a person believed to intend to take part in an armed conflict abroad',
  titleDa:
    'Vejledning efter § 21 b, stk. 3 om konsekvenserne for retten til ophold ved deltagelse i en væbnet konflikt i udlandet',
  source: 'Familiesammenføringsmeddelelse nr. 3/15 of 3 March 2015 (src:2170–2197; Bilag 2 verbatim)',
  variants: [
    {
      id: 'third-country-national',
      descriptionDa: 'tredjelandsstatsborger: indrejseforbuddet gælder også Schengenområdet (R-ASY-100)',
      description: 'the entry ban also covers the Schengen area (R-ASY-100)',
    },
    {
      id: 'eu-or-nordic',
      descriptionDa: 'EU/EØS- eller nordisk statsborger: uden Schengen-afsnittet (R-ASY-100)',
      description: 'no Schengen clause (R-ASY-100)',
    },
  ],
  // OPEN: the source gives the handout in Danish only and is silent on languages; Danish, optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
