import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const permanentResidenceRejection = defineLetter({
  id: 'permanent-residence-rejection',
  kind: 'decision',
  title: 'Rejection of an application for permanent residence without a merits decision',
  titleDa: 'Afvisning af ansøgning om tidsubegrænset opholdstilladelse uden realitetsbehandling',
  source: 'Permanent-residence handbook of 23 March 2017, 4.1, 4.2, 7.7, 7.9.2.1',
  variants: [
    {
      id: 'incomplete',
      descriptionDa:
        '§ 11, stk. 10: manglende dokumentation (væsentlig straks, ellers efter svarfristen); klagevejledning ikke fastlagt (R-PR-102)',
      description:
        '§ 11, stk. 10: missing documents (fundamental at once, otherwise after the answer date); appeal OPEN (R-PR-102)',
    },
    {
      id: 'late-filing',
      descriptionDa:
        '§ 9, stk. 21: indgivet efter tilladelsens udløb; ansøg fra udlandet; klagevejledning ikke fastlagt (R-PR-103)',
      description: '§ 9, stk. 21: filed after the permit expired; apply from abroad; appeal OPEN (R-PR-103)',
    },
    {
      id: 'fee',
      descriptionDa: '§ 9 h, stk. 8: gebyret mangler mere end 205 kr.; kan ikke påklages til Udlændingenævnet (R-PR-100)',
      description: '§ 9 h, stk. 8: fee short by more than 205 kr.; not appealable to Udlændingenævnet (R-PR-100)',
    },
    {
      id: 'form',
      descriptionDa:
        'TU1–TU3 ikke indgivet digitalt; gebyret tilbagebetales med fradrag af 830 kr. (2017); klagevejledning ikke fastlagt (R-PR-101)',
      description: 'TU1–TU3 not filed digitally; fee refunded less 830 kr. (2017); appeal OPEN (R-PR-101)',
    },
  ],
  secondLanguageRequired: false,
  schema,
  decide,
});
