import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const personalDataDecision = defineLetter({
  id: 'personal-data-decision',
  kind: 'info',
  title: 'Decision on correcting registered personal data (§ 40 e), or referral of a change elsewhere',
  titleDa: 'Afgørelse om rettelse af registrerede personoplysninger (§ 40 e) eller henvisning af en ændring til rette myndighed',
  source: 'Family-reunification handbook, February 2017, ch. 10 (src:10217–10434)',
  variants: [
    {
      id: 'correction-granted',
      descriptionDa: 'dokumenteret: ændringen foretages (fuldt medhold, ingen klagevejledning)',
      description: 'documented: the correction is made (fully granted, no appeal guidance)',
    },
    {
      id: 'correction-refused-ministry-route',
      descriptionDa: 'navn, fødeland, statsborgerskab: klage til ministeriet indtil L 108 (R-FAM-100)*',
      description: 'name, country of birth, nationality: appeal to the ministry until L 108 (R-FAM-100)*',
    },
    {
      id: 'correction-refused-age',
      descriptionDa: 'alder i en familiesag efter § 9 / § 9 c: Udlændingenævnet, § 52 b, stk. 1, nr. 8 (R-FAM-100)*',
      description: 'age in a § 9 / § 9 c family case: Udlændingenævnet, § 52 b, stk. 1, nr. 8 (R-FAM-100)*',
    },
    {
      id: 'correction-refused-other',
      descriptionDa: 'fødselsdato, civilstand, køn: klageadgang ikke angivet (R-FAM-100)*',
      description: 'date of birth, civil status, sex: appeal route not stated (R-FAM-100)*',
    },
    {
      id: 'referral',
      descriptionDa: 'navneændring eller dansk statsborger: henvises til kommunen eller CPR-kontoret (ingen afgørelse)',
      description: 'a change of name, or a Danish citizen: referred to the municipality or CPR-kontoret (no decision)',
    },
  ],
  // The refusals are decisions (a grant gives all that was asked; a referral decides nothing).
  decisionVariants: [
    'correction-granted',
    'correction-refused-ministry-route',
    'correction-refused-age',
    'correction-refused-other',
  ],
  // Not stated by the source (languages.md applies): Danish, with an optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
