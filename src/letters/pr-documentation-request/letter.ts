import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const prDocumentationRequest = defineLetter({
  id: 'pr-documentation-request',
  kind: 'info',
  title: 'Request for documentation ("Andok") in a permanent-residence case: what and why, the answer date, the consequence',
  titleDa: 'Anmodning om oplysninger og dokumentation (andok) i en sag om permanent opholdstilladelse',
  source: 'Permanent-residence handbook of 23 March 2017, 7.9.1.1 (src:16572–16577); § 11, stk. 10 (src:16455–16458, 16510)',
  variants: [
    {
      id: 'incomplete-application',
      descriptionDa: 'en ikke-væsentlig mangel (§ 11, stk. 10): 3 uger (uafklaret), ellers kan ansøgningen afvises (R-PR-102)',
      description: 'a non-fundamental defect (§ 11, stk. 10): 3 weeks (OPEN), else the application may be rejected (R-PR-102)',
    },
    {
      id: 'documentation',
      descriptionDa:
        'anden dokumentation: valgt svarfrist, mindst 21 dage (uafklaret); ellers afgørelse på det foreliggende grundlag (R-PR-107)',
      description:
        'other documentation: answer date chosen, at least 21 days (OPEN); else a decision on the existing basis (R-PR-107)',
    },
  ],
  // OPEN: the source is silent on languages; Danish, with an optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
