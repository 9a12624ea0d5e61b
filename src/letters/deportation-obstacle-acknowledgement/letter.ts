import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const deportationObstacleAcknowledgement = defineLetter({
  id: 'deportation-obstacle-acknowledgement',
  kind: 'info',
  title: 'Notice that a § 9 c, stk. 2 case is being processed, sent when US asks the police (UCN) for an account',
  titleDa:
    'Orientering om, at sagen om opholdstilladelse efter § 9 c, stk. 2 er under behandling (redegørelse anmodet fra politiet, UCN)',
  source: 'Asylmeddelelse nr. 13/16 of 9 September 2016 (src:484–488)',
  variants: [
    {
      id: 'processing',
      descriptionDa:
        '18 måneder er gået: sagen er under behandling; Udlændingestyrelsen har anmodet UCN om en redegørelse (R-ASY-033)',
      description: '18 months have passed: the case is being processed; US has asked UCN for an account (R-ASY-033)',
    },
  ],
  // The source is silent on languages (OPEN): Danish, with an optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
