import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const prReopeningDecision = defineLetter({
  id: 'pr-reopening-decision',
  kind: 'decision',
  title:
    'Request to re-open a refused permanent-residence case: refusal to re-open (905), closed while an appeal is pending (935)',
  titleDa:
    'Anmodning om genoptagelse af en sag om permanent opholdstilladelse: afslag på genoptagelse (905) eller sagen lukkes under verserende klage (935)',
  source: 'Permanent-residence handbook of 23 March 2017, ch. 10 Genoptagelser (src:16983–17070)',
  variants: [
    {
      id: 'refusal-to-reopen',
      descriptionDa: 'oplysningerne ville ikke have ændret afgørelsen (R-PR-140); klagevejledning ikke fastlagt',
      description: 'the information would not have changed the decision (R-PR-140); appeal guidance OPEN',
      templateNumber: '905',
    },
    {
      id: 'closed-appeal-pending',
      descriptionDa: 'en klage verserer: anmodningen lukkes som tilbagetaget (R-PR-140); klagevejledning ikke fastlagt',
      description: 'an appeal is pending: the request is closed as withdrawn (R-PR-140); appeal guidance OPEN',
      templateNumber: '935',
    },
  ],
  // OPEN: the source is silent on languages; Danish, with an optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
