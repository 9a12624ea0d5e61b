import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const prApplicationReceipt = defineLetter({
  id: 'pr-application-receipt',
  kind: 'info',
  title:
    'Receipt of a permanent-residence application: service target, hearing of SIRI or the ministry (refused until its legal texts are worded)',
  titleDa: 'Kvitteringsbrev for ansøgning om tidsubegrænset opholdstilladelse',
  source: 'Permanent-residence handbook of 23 March 2017, 7.3 and 7.4 (src:16238–16257); Ombudsman, 31 January 2012',
  variants: [
    {
      id: 'receipt',
      descriptionDa:
        'kvittering: sagens behandling, dokumentation for lovligt ophold, tilladelse til genindrejse; afvises, indtil teksten er formuleret (RULE_PR_RECEIPT_TEXT_NOT_CONFIGURED, R-PR-106)',
      description:
        'refused (RULE_PR_RECEIPT_TEXT_NOT_CONFIGURED): processing steps, documentation of lawful stay, re-entry-permit authorisation not worded (R-PR-106)',
    },
    {
      id: 'receipt-siri',
      descriptionDa: 'som kvitteringen, og SIRI høres under behandlingen; afvises, indtil teksten er formuleret (R-PR-106)',
      description: 'as receipt, and SIRI is heard during the processing; refused until worded (R-PR-106)',
    },
    {
      id: 'receipt-section-9b',
      descriptionDa:
        'indehaver af tilladelse efter § 9 b: ministeriet høres, intet afsnit om genindrejse; afvises, indtil teksten er formuleret (R-PR-106, R-PR-111)',
      description: '§ 9 b holder: the ministry is heard, no re-entry-permit paragraph; refused until worded (R-PR-106, R-PR-111)',
    },
  ],
  // OPEN: the source is silent on languages; Danish, with an optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
