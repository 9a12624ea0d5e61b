import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const deportationObstacleDecision = defineLetter({
  id: 'deportation-obstacle-decision',
  kind: 'decision',
  title: 'Decision on a residence permit because return is impossible, udlændingelovens § 9 c, stk. 2 (copy to the police, UCN)',
  titleDa:
    'Afgørelse om opholdstilladelse på grund af udsendelseshindringer efter udlændingelovens § 9 c, stk. 2 (kopi til politiet, UCN)',
  source: 'Asylmeddelelse nr. 13/16 of 9 September 2016',
  variants: [
    {
      id: 'refusal-present-basis',
      descriptionDa:
        'ansøgt inden 18 måneder efter den seneste udrejsefrist: afslag på det foreliggende grundlag, UCN forelægger sagen til den tid (R-ASY-032)',
      description:
        'applied before 18 months after the latest departure deadline: refusal, UCN to present the case then (R-ASY-032)',
    },
    {
      id: 'rejection-absconded',
      descriptionDa: 'har forladt asylcentersystemet: afvisning, § 33, stk. 8 (R-ASY-034; klagevejledning ikke fastlagt)',
      description: 'left the asylum-centre system: rejection, § 33, stk. 8 (R-ASY-034; appeal OPEN)',
    },
    {
      id: 'refusal',
      descriptionDa: 'betingelserne er ikke opfyldt: afslag, pligt til at udrejse, klage til ministeriet (R-ASY-035)',
      description: 'conditions not met: refusal, duty to leave, appeal to the ministry (R-ASY-035)',
    },
    {
      id: 'grant',
      descriptionDa: 'betingelserne er opfyldt: opholdstilladelse i 1 år med henblik på midlertidigt ophold (R-ASY-036)',
      description: 'conditions met: permit for 1 year, temporary stay (R-ASY-036)',
    },
    {
      id: 'extension',
      descriptionDa: 'forlængelse, 1 eller 2 år; med vejledning om genoptagelse ved nye væsentlige oplysninger (R-ASY-036)',
      description: 'extension, 1 or 2 years; with the re-opening guidance if new essential information (R-ASY-036)',
    },
    {
      id: 'refusal-to-extend',
      descriptionDa:
        'afslag på forlængelse, § 11, stk. 2: midlertidigt ophold / mulighed for varigt ophold, 7-dagesreglen (R-ASY-037; klagevejledning ikke fastlagt)',
      description: 'refusal to extend, § 11, stk. 2: temporary / permanent-stay split, 7-day rule (R-ASY-037; appeal OPEN)',
    },
    {
      id: 'revocation',
      descriptionDa:
        'inddragelse, § 19, stk. 1, nr. 1: midlertidigt ophold / mulighed for varigt ophold (R-ASY-037; klagevejledning ikke fastlagt)',
      description: 'revocation, § 19, stk. 1, nr. 1: temporary / permanent-stay split (R-ASY-037; appeal OPEN)',
    },
  ],
  // The source is silent on languages for this letter (OPEN): Danish, with an optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
