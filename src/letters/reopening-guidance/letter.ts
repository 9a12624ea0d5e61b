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
      descriptionDa: 'forlængelse givet: anmod den myndighed, der senest afgjorde asylsagen, om genoptagelse (R-ASY-022)',
      description: 'extension granted: ask the authority that last decided the asylum case to re-open (R-ASY-022)',
    },
    {
      id: 'extension-refused-board',
      descriptionDa: 'afslag på forlængelse, afgjort af Flygtningenævnet: anmod nævnet om genoptagelse (R-ASY-023)',
      description: 'extension refused, decided by Flygtningenævnet: ask the board to re-open (R-ASY-023)',
    },
    {
      id: 'extension-refused-reopened',
      descriptionDa:
        'afslag på forlængelse, afgjort af Udlændingestyrelsen som åbenbart grundløs: styrelsen genoptager af egen drift (R-ASY-024)',
      description: 'extension refused, decided by US as manifestly unfounded: US re-opens of its own motion (R-ASY-024)',
    },
  ],
  secondLanguageRequired: false,
  schema,
  decide,
});
