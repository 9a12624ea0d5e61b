import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const permanentResidenceDecision = defineLetter({
  id: 'permanent-residence-decision',
  kind: 'decision',
  title: 'Decision on permanent residence (§ 11): grant by path, or refusal with every unmet condition',
  titleDa: 'Afgørelse om tidsubegrænset opholdstilladelse (§ 11): tilladelse eller afslag med alle ikke-opfyldte betingelser',
  source: 'Permanent-residence handbook of 23 March 2017 (chapters 2–4, 7.9, 8)',
  variants: [
    {
      id: 'grant-6-year',
      descriptionDa: '§ 11, stk. 3 og 4: 6 år, stk. 3, nr. 1–9 og 2 af de 4 supplerende betingelser (R-PR-011)',
      description: '§ 11, stk. 3 og 4: 6 years, stk. 3, nr. 1–9 and 2 of the 4 supplementary conditions (R-PR-011)',
    },
    {
      id: 'grant-4-year',
      descriptionDa: '§ 11, stk. 5: 4 år, stk. 3, nr. 2–9 og alle 4 supplerende betingelser (R-PR-011)',
      description: '§ 11, stk. 5: 4 years, stk. 3, nr. 2–9 and all 4 supplementary conditions (R-PR-011)',
    },
    {
      id: 'grant-pensioner',
      descriptionDa: '§ 11, stk. 6: folkepensionsalder eller førtidspension (R-PR-090)',
      description: '§ 11, stk. 6: state-pension age or førtidspension (R-PR-090)',
    },
    {
      id: 'grant-young',
      descriptionDa: '§ 11, stk. 12: indgivet før 19-årsdagen, i uddannelse eller beskæftigelse siden folkeskolen (R-PR-070)',
      description: '§ 11, stk. 12: filed before the 19th birthday, in education or work since folkeskole (R-PR-070)',
    },
    {
      id: 'grant-strong-ties',
      descriptionDa:
        '§ 11, stk. 13: stærk tilknytning (mindretal, tidligere danske statsborgere, forældre født i Danmark): alder, kriminalitet, gæld, dansk (R-PR-072)',
      description:
        '§ 11, stk. 13: strong ties (minorities, former Danes, Danish-born parents): age, crime, debt, Danish (R-PR-072)',
    },
    {
      id: 'refusal',
      descriptionDa:
        'afslag med hver ikke-opfyldt betingelse og dens tal; delafgørelse om forlængelse inden 6 måneder før udløb (R-PR-110); klagevejledning ikke fastlagt; afvises, indtil den er fastlagt (R-PR-130)',
      description:
        'every unmet condition with its figures; extension part-decision within 6 months of expiry (R-PR-110); appeal guidance OPEN, refused until configured (R-PR-130)',
    },
  ],
  secondLanguageRequired: false,
  schema,
  decide,
});
