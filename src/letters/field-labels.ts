/**
 * The words an officer reads for every input field and every choice of every letter's schema: a Danish label
 * (the page's language), an English one (its second language) and, where a rule needs explaining, a short help
 * text with its R-ID. One place: the engine puts them into each letter's JSON Schema (`title`, `x-label`, `x-help`,
 * `x-choices`), so the officers' page, the OpenAPI document and the CLI read the same words. A field name means the
 * same in every letter unless a `<letter>:<path>` entry says otherwise; `tests/letters/field-labels.test.ts` fails
 * on a field or a choice without a Danish label.
 */

export interface Words {
  readonly da: string;
  readonly en: string;
}

export interface FieldWords extends Words {
  readonly help?: Words;
}

const w = (da: string, en: string, help?: Words): FieldWords => (help ? { da, en, help } : { da, en });
const help = (da: string, en: string): Words => ({ da, en });

/** By property name; `<letter>:<path without data.>` where the same name means something else in that letter. */
export const FIELD_WORDS: Readonly<Record<string, FieldWords>> = {
  // every letter
  delivery: w('Levering', 'Delivery'),
  letterDate: w('Brevdato', 'Letter date'),
  caseNumber: w('Sagsnummer', 'Case number'),
  applicant: w('Ansøger', 'Applicant'),
  name: w('Navn', 'Name'),
  dateOfBirth: w('Fødselsdato', 'Date of birth'),
  nationality: w('Statsborgerskab', 'Nationality'),
  officer: w('Sagsbehandler', 'Officer'),
  title: w('Titel', 'Title'),
  phone: w('Telefon', 'Phone'),
  address: w('Adresse', 'Address'),
  careOf: w('c/o', 'c/o'),
  street: w('Vej og nummer', 'Street and number'),
  postcode: w('Postnummer', 'Postcode'),
  city: w('By', 'City'),
  country: w('Land', 'Country'),
  decision: w('Afgørelse', 'Decision'),
  decisionDate: w('Afgørelsesdato', 'Decision date'),
  applicationDate: w('Ansøgningsdato', 'Application date'),
  facts: w('Sagens oplysninger (et afsnit pr. felt)', 'Facts of the case (one paragraph per box)'),
  assessment: w('Udlændingestyrelsens vurdering (et afsnit pr. felt)', 'Assessment (one paragraph per box)'),
  reasons: w('Begrundelse (et afsnit pr. felt)', 'Reasons (one paragraph per box)'),
  information: w('Oplysninger, afgørelsen kan bygge på (et afsnit pr. felt)', 'Information the decision may rest on'),
  kind: w('Art', 'Kind'),
  from: w('Fra', 'From'),
  to: w('Til', 'To'),
  date: w('Dato', 'Date'),
  court: w('Ret', 'Court'),
  // humanitarian-permit-info, reopening-guidance
  decisionToExamineDate: w(
    'Dato for afgørelsen om at behandle sagen i Danmark',
    'Date of the decision to examine the case in Denmark',
  ),
  newEssentialInformation: w(
    'Nye væsentlige baggrundsoplysninger fundet?',
    'New essential background information found?',
    help(
      'Uden nye væsentlige oplysninger sendes ingen vejledning (R-ASY-021).',
      'Without new essential information no guidance is sent (R-ASY-021).',
    ),
  ),
  extension: w('Forlængelsesafgørelsen (§ 9 c, stk. 2)', 'The extension decision (§ 9 c, stk. 2)'),
  outcome: w('Udfald', 'Outcome'),
  asylumCase: w('Asylsagen', 'The asylum case'),
  finallyDecidedBy: w('Endeligt afgjort af', 'Finally decided by'),
  procedure: w('Procedure', 'Procedure'),
  ministry: w('Ministeriet, der behandler ansøgningen', 'The ministry that examines the application'),
  // deportation-obstacle-decision, -acknowledgement
  asylumApplicationDate: w(
    'Dato for asylansøgningen',
    'Date of the asylum application',
    help('Afgør, hvilke regler sagen behandles efter (R-ASY-039).', 'Decides which rules apply (R-ASY-039).'),
  ),
  finalAsylumRefusalDate: w('Dato for det endelige afslag på asyl', 'Date of the final asylum refusal'),
  latestDepartureDeadline: w(
    'Seneste udrejsefrist',
    'Latest departure deadline',
    help('De 18 måneder regnes fra fristens udløb (R-ASY-031).', 'The 18 months run from its expiry (R-ASY-031).'),
  ),
  request: w('Sagen', 'The case'),
  type: w('Sagstype', 'Type of case'),
  leftAsylumCentreSystem: w(
    'Har ansøgeren forladt asylcentersystemet?',
    'Has the applicant left the asylum centre system?',
    help('Fører til afvisning efter § 33, stk. 8 (R-ASY-034).', 'Leads to rejection under § 33, stk. 8 (R-ASY-034).'),
  ),
  shortDeferral: w(
    'Kortere udsættelse af udrejsefristen',
    'Short deferral of the departure deadline',
    help('Udsættelsen ses bort fra i beregningen af de 18 måneder (R-ASY-032).', 'Left out of the 18-month count (R-ASY-032).'),
  ),
  deadlineBeforeDeferral: w('Udrejsefristen før udsættelsen', 'Departure deadline before the deferral'),
  unmetConditions: w('Betingelser i § 9 c, stk. 2, der ikke er opfyldt', 'Conditions of § 9 c, stk. 2 not met'),
  permit: w('Opholdstilladelsen', 'The residence permit'),
  firstGrantDate: w('Dato for den første tilladelse', 'Date of the first grant'),
  expiryDate: w('Udløbsdato', 'Expiry date'),
  stay: w('Ophold', 'Stay'),
  ground: w('Grundlag', 'Ground'),
  section26Assessment: w('Vurdering efter § 26 (et afsnit pr. felt)', 'Assessment under § 26 (one paragraph per box)'),
  applicationReceivedDate: w('Dato for modtagelse af ansøgningen', 'Date the application was received'),
  // decision-move-back-to-asylum-centre
  ownHousingPermissionDate: w('Dato for tilladelsen til at bo i egen bolig', 'Date of the permission to live in own housing'),
  centre: w('Asylcenter', 'Asylum centre'),
  moveBy: w(
    'Flyttes senest',
    'Move by',
    help(
      'Mindst 14 dage efter brevdatoen (MINIMUM_DAYS_TO_MOVE).',
      'At least 14 days after the letter date (MINIMUM_DAYS_TO_MOVE).',
    ),
  ),
  // travel-restriction-lifting-guidance
  document: w('Rejsedokument', 'Travel document'),
  meetsRequirements: w('Opfylder ansøgningen betingelserne?', 'Does the application meet the requirements?'),
  permanentSince: w(
    'Tidsubegrænset tilladelse siden',
    'Permanent permit since',
    help('Før 1. august 2010: ingen rejsebegrænsning (R-ASY-050).', 'Before 1 August 2010: no travel restriction (R-ASY-050).'),
  ),
  replyBy: w('Svarfrist', 'Reply by'),
  // home-country-travel-revocation
  basis: w('Grundlag', 'Basis'),
  duration: w('Varighed', 'Duration'),
  trip: w('Rejsen', 'The trip'),
  departureFromDenmarkDate: w('Udrejst af Danmark', 'Left Denmark'),
  homeCountryEntryDate: w('Indrejst i hjemlandet', 'Entered the home country'),
  returnToDenmarkDate: w('Indrejst i Danmark igen', 'Returned to Denmark'),
  purpose: w('Rejsens formål', 'Purpose of the trip'),
  travelEndorsement: w('Påtegning om rejsebegrænsning', 'Travel-restriction endorsement'),
  explanationConvincing: w(
    'Har personen på overbevisende måde forklaret rejsen?',
    'Did the person explain the trip convincingly?',
    help('Afgørelsen siger, hvad der er fundet (R-ASY-046).', 'The decision states what was found (R-ASY-046).'),
  ),
  nationalPassportIssued: w('Nationalitetspas udstedt?', 'National passport issued?'),
  learnedOfTripDate: w(
    'Dato, hvor Udlændingestyrelsen fik kendskab til rejsen',
    'Date the Immigration Service learned of the trip',
  ),
  findings: w('Udlændingestyrelsens vurderinger', 'The Immigration Service’s findings'),
  lapse: w('Bortfald', 'Lapse'),
  lapsed: w('Er tilladelsen bortfaldet?', 'Has the permit lapsed?'),
  section17Stk4: w('Grund efter § 17, stk. 4', 'Ground under § 17, stk. 4'),
  departureDate: w('Udrejsedato', 'Departure date'),
  tripMadeAfter1August2010: w(
    'Er rejsen foretaget efter 1. august 2010?',
    'Was the trip made after 1 August 2010?',
    help(
      'Sagsbehandlerens vurdering, hvor datoerne ikke afgør det (R-ASY-043).',
      'The officer’s finding where the dates leave it open (R-ASY-043).',
    ),
  ),
  tripMadeAfter5February2016: w(
    'Er rejsen foretaget efter 5. februar 2016?',
    'Was the trip made after 5 February 2016?',
    help(
      'Sagsbehandlerens vurdering, hvor datoerne ikke afgør det (R-ASY-045).',
      'The officer’s finding where the dates leave it open (R-ASY-045).',
    ),
  ),
  circumstancesChanged: w(
    'Har forholdene ændret sig på en sådan måde, at personen ikke længere risikerer forfølgelse?',
    'Have the circumstances changed so that the person no longer risks persecution?',
  ),
  specialCircumstancesShown: w(
    'Er der dokumenteret ganske særlige omstændigheder bag rejsen?',
    'Were quite special circumstances behind the trip documented?',
  ),
  basisNoLongerPresent: w(
    'Er grundlaget for tilladelsen ikke længere til stede?',
    'Is the basis of the permit no longer present?',
  ),
  particularlyBurdensome: w(
    'Vil inddragelse være særligt belastende (§ 26)?',
    'Would revocation be particularly burdensome (§ 26)?',
  ),
  removal: w('Udsendelse', 'Removal'),
  possible: w('Kan udsendelse gennemføres tvangsmæssigt?', 'Can removal be carried out by force?'),
  departureDeadline: w('Udrejsefrist', 'Departure deadline'),
  // asylum-refusal-removal
  referralDate: w('Dato for politiets oversendelse', 'Date of the police referral'),
  situation: w('Situation (Asylmeddelelse 12/16)', 'Situation (Asylmeddelelse 12/16)'),
  route: w('Hvordan sagen kom til Udlændingestyrelsen', 'How the case reached the Immigration Service'),
  refugeeCouncilVeto: w('Har Dansk Flygtningehjælp nedlagt veto?', 'Did the Danish Refugee Council veto?'),
  judgment: w('Dommen', 'The judgment'),
  interviewDate: w('Dato for samtalen', 'Date of the interview'),
  permitIfBoardFindsRemovalBarred: w(
    'Tilladelse, hvis Flygtningenævnet finder udsendelse udelukket',
    'Permit if the board finds removal barred',
  ),
  section7: w('Vurdering efter § 7', 'Finding under § 7'),
  finding: w('Vurdering', 'Finding'),
  coveredBy: w('Bestemmelse i § 7', 'Provision of § 7'),
  exclusion: w('Udelukkelsesgrund (§ 10)', 'Exclusion ground (§ 10)'),
  spouse: w('Ægtefælle (Asylmeddelelse 5/01)', 'Spouse (Asylmeddelelse 5/01)'),
  marriedAtEntry: w('Gift ved indrejsen?', 'Married at entry?'),
  cohabitingInDenmark: w('Samlevende i Danmark?', 'Living together in Denmark?'),
  commonCountries: w('Lande, ægtefællerne kan tage ophold i sammen', 'Countries the spouses can live in together'),
  // conflict-zone-*
  permitBasis: w('Grundlag for opholdet', 'Basis of the stay'),
  abroadAtDecision: w('Opholder personen sig i udlandet ved afgørelsen?', 'Is the person abroad at the decision?'),
  stayAbroad: w('Opholdet i udlandet', 'The stay abroad'),
  policeAssessmentDate: w('Dato for politiets vurdering', 'Date of the police assessment'),
  participationAfterInForce: w(
    'Fandt deltagelsen sted efter 1. marts 2015?',
    'Did the participation take place after 1 March 2015?',
    help(
      'Kun for et ophold, der begyndte før 1. marts 2015 (R-ASY-090).',
      'Only for a stay that began before 1 March 2015 (R-ASY-090).',
    ),
  ),
  hearing: w('Partshøring', 'Request for comments (hearing)'),
  answerBy: w(
    'Svarfrist',
    'Answer by',
    help('Mindst 14 dage (MIN_HEARING_ANSWER_DAYS, R-ASY-093).', 'At least 14 days (MIN_HEARING_ANSWER_DAYS, R-ASY-093).'),
  ),
  reason: w('Grund', 'Reason'),
  lapseBreachesObligations: w(
    'Vil bortfald stride mod Danmarks internationale forpligtelser?',
    'Would the lapse breach Denmark’s international obligations?',
  ),
  entryBan: w('Indrejseforbud', 'Entry ban'),
  years: w('Antal år', 'Number of years'),
  lapseDecisionDate: w('Dato for afgørelsen om bortfald', 'Date of the lapse decision'),
  statedPurpose: w('Oplyst formål med opholdet', 'Stated purpose of the stay'),
  thirdCountryNational: w('Tredjelandsstatsborger?', 'Third-country national?'),
  informationReceivedDate: w('Dato for modtagelse af oplysningerne', 'Date the information was received'),
  // torture letters
  tortureClaimDate: w('Dato, hvor ansøgeren oplyste om tortur', 'Date the applicant stated torture'),
  consentSignedDate: w('Dato for underskrevet samtykke', 'Date the consent was signed'),
  operator: w('Indkvarteringsoperatør', 'Accommodation operator'),
  requestDate: w('Dato for anmodningen', 'Date of the request'),
  expectedCompletionDate: w('Forventet færdigbehandlet senest', 'Expected completion by'),
  deputyDirector: w('Vicedirektør, Center for Asyl', 'Deputy director, Center for Asyl'),
};

/** Choices by value; `<letter>:<value>` where the same value means something else in that letter. */
export const CHOICE_WORDS: Readonly<Record<string, Words>> = {
  handed: w('Udleveret ved samtalen', 'Handed over at the interview'),
  sent: w('Sendt', 'Sent'),
  granted: w('Meddelt', 'Granted'),
  refused: w('Afslået', 'Refused'),
  'refugee-appeals-board': w('Flygtningenævnet', 'The Refugee Appeals Board'),
  'immigration-service': w('Udlændingestyrelsen', 'The Immigration Service'),
  'manifestly-unfounded': w('Åbenbart grundløs-proceduren', 'Manifestly unfounded procedure'),
  normal: w('Normalproceduren', 'Normal procedure'),
  application: w('Første ansøgning', 'First application'),
  extension: w('Forlængelse', 'Extension'),
  revocation: w('Inddragelse', 'Revocation'),
  nr1: w('§ 9 c, stk. 2, nr. 1', '§ 9 c, stk. 2, nr. 1'),
  nr2: w('§ 9 c, stk. 2, nr. 2', '§ 9 c, stk. 2, nr. 2'),
  nr3: w('§ 9 c, stk. 2, nr. 3', '§ 9 c, stk. 2, nr. 3'),
  temporary: w('Midlertidigt ophold', 'Temporary stay'),
  'permanent-possible': w('Med mulighed for varigt ophold', 'With the possibility of permanent stay'),
  'basis-no-longer-exists': w('Grundlaget findes ikke længere', 'The basis no longer exists'),
  'basis-was-wrong': w('Grundlaget var urigtigt', 'The basis was wrong'),
  'refugee-travel-document': w('Konventionspas', 'Refugee travel document'),
  'aliens-passport': w('Fremmedpas', 'Alien’s passport'),
  permanent: w('Tidsubegrænset', 'Permanent'),
  'time-limited': w('Tidsbegrænset', 'Time-limited'),
  '7-1': w('§ 7, stk. 1', '§ 7, stk. 1'),
  '7-2': w('§ 7, stk. 2', '§ 7, stk. 2'),
  '7-3': w('§ 7, stk. 3', '§ 7, stk. 3'),
  '8-1': w('§ 8, stk. 1', '§ 8, stk. 1'),
  '8-2': w('§ 8, stk. 2', '§ 8, stk. 2'),
  '10-1': w('§ 10, stk. 1', '§ 10, stk. 1'),
  '10-2': w('§ 10, stk. 2', '§ 10, stk. 2'),
  '10-3': w('§ 10, stk. 3', '§ 10, stk. 3'),
  '7': w('§ 7', '§ 7'),
  'asylum-office': w('Asyl (Udlændingestyrelsen)', 'Asylum (the Immigration Service)'),
  other: w('Andet grundlag', 'Other basis'),
  'eu-law': w('EU-opholdsret', 'EU right of residence'),
  nordic: w('Nordisk statsborger', 'Nordic citizen'),
  'lifted-on-application': w('Ophævet efter ansøgning', 'Lifted on application'),
  'no-contact': w('Rejst uden forudgående kontakt', 'Travelled without prior contact'),
  'despite-refusal': w('Rejst trods afslag', 'Travelled despite a refusal'),
  'no-restriction': w('Ingen rejsebegrænsning', 'No travel restriction'),
  'residence-given-up': w('Bopæl opgivet', 'Residence given up'),
  'abroad-6-months': w('Mere end 6 måneder i udlandet', 'More than 6 months abroad'),
  'abroad-12-months': w('Mere end 12 måneder i udlandet', 'More than 12 months abroad'),
  'repatriation-act': w('Repatrieringsloven', 'The Repatriation Act'),
  'residence-in-home-country': w('Bopæl i hjemlandet', 'Residence in the home country'),
  'protection-in-third-country': w('Beskyttelse i et tredjeland', 'Protection in a third country'),
  'a-never-applied': w('a: har ikke søgt asyl før', 'a: never applied before'),
  'b-changed-circumstances': w('b: ændrede forhold', 'b: changed circumstances'),
  'remitted-by-board': w('Hjemvist af Flygtningenævnet', 'Remitted by the board'),
  'c-expelled': w('c: udvist ved dom (§ 49 a)', 'c: expelled by judgment (§ 49 a)'),
  permit: w('Tilladelse', 'Permit'),
  'no-permit': w('Ingen tilladelse', 'No permit'),
  covered: w('Omfattet af § 7', 'Covered by § 7'),
  'not-covered': w('Ikke omfattet af § 7', 'Not covered by § 7'),
  'covered-excluded': w('Omfattet, men udelukket (§ 10)', 'Covered but excluded (§ 10)'),
  lapse: w('Bortfald', 'Lapse'),
  omitted: w('Undladt', 'Omitted'),
  'whereabouts-unknown': w('Opholdssted ukendt', 'Whereabouts unknown'),
  'left-for-unknown-place': w('Rejst til ukendt sted', 'Left for an unknown place'),
  shorter: w('Tidsbegrænset', 'For a number of years'),
  'dispensation-refused': w('Dispensation afslået', 'Dispensation refused'),
  'dispensation-granted': w('Dispensation meddelt', 'Dispensation granted'),
  send: w('Send partshøring', 'Send the request for comments'),
  omit: w('Undlad partshøring', 'Omit the request for comments'),
  accepted: w('Anmodningen imødekommet', 'Request accepted'),
  'cannot-complete': w('Kan ikke færdigbehandles nu', 'Cannot be completed now'),
  'conflict-zone-lapse:permanent': w('Permanent', 'Permanent'),
};

/** The words of a field at `path` (e.g. `request.permit.stay`) in `letter`, or null where none are written. */
export function fieldWords(letter: string, path: string): FieldWords | null {
  const name = path.split('.').pop() ?? path;
  return FIELD_WORDS[`${letter}:${path}`] ?? FIELD_WORDS[name] ?? null;
}

export function choiceWords(letter: string, value: string): Words | null {
  return CHOICE_WORDS[`${letter}:${value}`] ?? CHOICE_WORDS[value] ?? null;
}
