import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const prPartyHearing = defineLetter({
  id: 'pr-party-hearing',
  kind: 'info',
  title: 'Hearing (partshøring) in a permanent-residence case: the information against the applicant, the answer date',
  titleDa: 'Partshøring i en sag om permanent opholdstilladelse',
  source: 'Permanent-residence handbook of 23 March 2017, 7.9.1.2–7.9.1.3 (src:16578–16646); forvaltningslovens § 19',
  variants: [
    {
      id: 'hearing',
      descriptionDa:
        'oplysninger til ugunst for ansøgeren (beskæftigelse, kriminalregister, andet): valgt svarfrist, mindst 21 dage (uafklaret)',
      description:
        'information against the applicant (employment, criminal register, other): answer date chosen, at least 21 days (OPEN)',
    },
    {
      id: 'public-help',
      descriptionDa: 'offentlig hjælp i eIndkomst, selv om ansøgeren har oplyst ingen: 3 uger fra partshøringen (R-PR-047)',
      description: 'public help in eIndkomst though declared none: 3 weeks from the hearing (R-PR-047)',
    },
    {
      id: 'police-report',
      descriptionDa:
        'urigtige oplysninger i den underskrevne blanket: politianmeldelse overvejes, straffelovens § 161 (R-PR-150)',
      description: 'false information in the signed form: a police report is considered, straffelovens § 161 (R-PR-150)',
    },
  ],
  // OPEN: the source is silent on languages; Danish, with an optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
