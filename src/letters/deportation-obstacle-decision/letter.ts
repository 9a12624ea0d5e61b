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
      description:
        'applied before 18 months after the latest departure deadline: refusal, UCN to present the case then (R-ASY-032)',
    },
    { id: 'rejection-absconded', description: 'left the asylum-centre system: rejection, § 33, stk. 8 (R-ASY-034; appeal OPEN)' },
    { id: 'refusal', description: 'conditions not met: refusal, duty to leave, appeal to the ministry (R-ASY-035)' },
    { id: 'grant', description: 'conditions met: permit for 1 year, temporary stay (R-ASY-036)' },
    {
      id: 'extension',
      description: 'extension, 1 or 2 years; with the re-opening guidance if new essential information (R-ASY-036)',
    },
    {
      id: 'refusal-to-extend',
      description: 'refusal to extend, § 11, stk. 2: temporary / permanent-stay split, 7-day rule (R-ASY-037; appeal OPEN)',
    },
    {
      id: 'revocation',
      description: 'revocation, § 19, stk. 1, nr. 1: temporary / permanent-stay split (R-ASY-037; appeal OPEN)',
    },
  ],
  // The source is silent on languages for this letter (OPEN): Danish, with an optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
