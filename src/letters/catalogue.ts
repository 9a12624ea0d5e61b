/** The catalogue of letter types: one line per letter. Adding a letter adds its folder and one line here. */

import { asylumRefusalRemoval } from './asylum-refusal-removal/letter.ts';
// Family reunification (issue 12, family-b).
import { caseOnHold24Year } from './case-on-hold-24-year/letter.ts';
import { childReunificationDecision } from './child-reunification-decision/letter.ts';
import { conflictZoneGuidance } from './conflict-zone-guidance/letter.ts';
import { conflictZoneHearing } from './conflict-zone-hearing/letter.ts';
import { conflictZoneLapse } from './conflict-zone-lapse/letter.ts';
import { danishTestLetters } from './danish-test-letters/letter.ts';
import { decisionMoveBackToAsylumCentre } from './decision-move-back-to-asylum-centre/letter.ts';
import type { LetterDefinition } from './define-letter.ts';
import { deportationObstacleAcknowledgement } from './deportation-obstacle-acknowledgement/letter.ts';
import { deportationObstacleDecision } from './deportation-obstacle-decision/letter.ts';
import { familyApplicationRejection } from './family-application-rejection/letter.ts';
import { familyHearing } from './family-hearing/letter.ts';
import { feeRefund } from './fee-refund/letter.ts';
import { feeRejection } from './fee-rejection/letter.ts';
import { feeRemainingPaymentRequest } from './fee-remaining-payment-request/letter.ts';
import { financialSecurityRequest } from './financial-security-request/letter.ts';
import { homeCountryTravelRevocation } from './home-country-travel-revocation/letter.ts';
import { humanitarianPermitInfo } from './humanitarian-permit-info/letter.ts';
import { ko1Info18 } from './ko1-info-18/letter.ts';
import { municipalityNotice } from './municipality-notice/letter.ts';
import { newApplicationGuidance } from './new-application-guidance/letter.ts';
import { noPoliceReportNotice } from './no-police-report-notice/letter.ts';
import { permanentResidenceDecision } from './permanent-residence-decision/letter.ts';
import { permanentResidenceRejection } from './permanent-residence-rejection/letter.ts';
import { personalDataDecision } from './personal-data-decision/letter.ts';
import { prApplicationReceipt } from './pr-application-receipt/letter.ts';
import { prDocumentationRequest } from './pr-documentation-request/letter.ts';
import { prPartyHearing } from './pr-party-hearing/letter.ts';
import { prRemittalIntro } from './pr-remittal-intro/letter.ts';
import { prReopeningDecision } from './pr-reopening-decision/letter.ts';
import { proceduralStayInfo } from './procedural-stay-info/letter.ts';
import { reopeningGuidance } from './reopening-guidance/letter.ts';
import { residence9c1Decision } from './residence-9c1-decision/letter.ts';
import { spouseReunificationDecision } from './spouse-reunification-decision/letter.ts';
import { temporaryPermitExtension } from './temporary-permit-extension/letter.ts';
import { tortureExaminationGuidance } from './torture-examination-guidance/letter.ts';
import { tortureExpediteNotice } from './torture-expedite-notice/letter.ts';
import { travelRestrictionLiftingGuidance } from './travel-restriction-lifting-guidance/letter.ts';

export const catalogue: readonly LetterDefinition[] = [
  humanitarianPermitInfo,
  reopeningGuidance,
  deportationObstacleDecision,
  deportationObstacleAcknowledgement,
  decisionMoveBackToAsylumCentre,
  travelRestrictionLiftingGuidance,
  homeCountryTravelRevocation,
  asylumRefusalRemoval,
  conflictZoneLapse,
  conflictZoneGuidance,
  conflictZoneHearing,
  tortureExaminationGuidance,
  tortureExpediteNotice,
  // The permanent-residence letters (issue 13)
  prDocumentationRequest,
  prPartyHearing,
  noPoliceReportNotice,
  ko1Info18,
  newApplicationGuidance,
  prReopeningDecision,
  prRemittalIntro,
  permanentResidenceDecision,
  temporaryPermitExtension,
  permanentResidenceRejection,
  residence9c1Decision,
  spouseReunificationDecision,
  childReunificationDecision,
  familyApplicationRejection,
  familyHearing,
  financialSecurityRequest,
  municipalityNotice,
  // Family reunification (issue 12, family-b).
  caseOnHold24Year,
  proceduralStayInfo,
  feeRemainingPaymentRequest,
  feeRejection,
  feeRefund,
  personalDataDecision,
  danishTestLetters,
  // The permanent-residence receipt (issue 13, pr-rules): registered, every variant refused until worded.
  prApplicationReceipt,
];

export const findLetter = (id: string): LetterDefinition | undefined => catalogue.find((letter) => letter.id === id);
