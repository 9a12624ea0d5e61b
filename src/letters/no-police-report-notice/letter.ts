import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const noPoliceReportNotice = defineLetter({
  id: 'no-police-report-notice',
  kind: 'info',
  title: 'Notice that no police report is made for false information (straffelovens §§ 161 og 163), after a hearing',
  titleDa:
    'Orientering om, at der efter partshøring ikke sker politianmeldelse for urigtige oplysninger (straffelovens §§ 161 og 163)',
  source: 'Permanent-residence handbook of 23 March 2017, 7.9.1.3 (src:16589–16627)',
  variants: [
    {
      id: 'covering-letter',
      descriptionDa:
        'sammen med en tidsubegrænset opholdstilladelse: et særskilt følgebrev (R-PR-152); ellers et afsnit i det næste brev',
      description:
        'with a grant of permanent residence: a separate covering letter (R-PR-152); otherwise a paragraph in the next letter',
    },
  ],
  // OPEN: the source is silent on languages; Danish, with an optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
