import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const conflictZoneLapse = defineLetter({
  id: 'conflict-zone-lapse',
  kind: 'decision',
  title:
    'Lapse of the right to stay after activities in a conflict zone (§ 21 b) with entry ban (§ 32, stk. 11); dispensation refused or granted',
  titleDa:
    'Afgørelse om bortfald af ret til ophold efter § 21 b (konfliktområde) med indrejseforbud (§ 32, stk. 11); dispensation afslået eller givet',
  source: 'Familiesammenføringsmeddelelse nr. 3/15 of 3 March 2015',
  variants: [
    {
      id: 'lapse-in-denmark',
      descriptionDa:
        'bortfald og indrejseforbud, personen er i Danmark: udrejse straks, politiet sørger for udrejsen kun hvor udsendelse kan gennemføres; afgørelse om udsendelse for indehavere af tilladelse efter §§ 7–8 (R-ASY-094/095/098)',
      description:
        'lapse and entry ban, person in Denmark: leave at once, the police see to it only where removal can be carried out; removal decision for §§ 7–8 holders (R-ASY-094/095/098)',
    },
    {
      id: 'lapse-abroad',
      descriptionDa:
        'bortfald og indrejseforbud, personen er i udlandet: forbud fra afgørelsen, ingen ret til at indrejse igen (R-ASY-094/095)',
      description: 'lapse and entry ban, person abroad: ban from the finding, no right to re-enter (R-ASY-094/095)',
    },
    {
      id: 'dispensation-refused',
      descriptionDa: 'afslag på ansøgning om dispensation efter § 21 b, stk. 2; kan påklages som et bortfald (R-ASY-099)',
      description: 'refusal of an application under § 21 b, stk. 2; appealable like a lapse (R-ASY-099)',
    },
    {
      id: 'dispensation-granted',
      descriptionDa: 'dispensation efter § 21 b, stk. 2: indrejseforbuddet bortfalder; fuldt medhold (R-ASY-099)',
      description: 'grant of an application under § 21 b, stk. 2: the entry ban lapses; fully granted (R-ASY-099)',
    },
  ],
  // OPEN: the source is silent on the language of these letters; Danish, with an optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
