import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const reopeningGuidance = defineLetter({
  id: 'reopening-guidance',
  kind: 'info',
  title: 'Guidance on re-opening the asylum case, sent with a § 9 c, stk. 2 extension decision',
  titleDa: 'Vejledning om genoptagelse af asylsagen (med § 9 c, stk. 2-afgørelse)',
  source: 'Asylmeddelelse nr. 1/17 of 12 January 2017',
  variants: [
    {
      id: 'extension-granted',
      description: 'extension granted: ask the authority that last decided the asylum case to re-open (R-ASY-022)',
    },
    {
      id: 'extension-refused-board',
      description: 'extension refused, decided by Flygtningenævnet: ask the board to re-open (R-ASY-023)',
    },
    {
      id: 'extension-refused-reopened',
      description: 'extension refused, decided by US as manifestly unfounded: US re-opens of its own motion (R-ASY-024)',
    },
  ],
  secondLanguageRequired: false,
  schema,
  decide,
});
