/**
 * The officer's words for the facts the rules compute (a plan's `fields`), shown in the plan panel of the officers'
 * page beside the form. A fact that is an input field keeps the field's words (field-labels.ts); these are the
 * computed ones. Never printed in a letter: the letter's words are in its locale files.
 * `tests/letters/fact-labels.test.ts` fails on a computed fact of a sample's plan without Danish words.
 */
import { countryName, isCountryCode, NON_COUNTRY_CODES } from '../domain/countries.ts';
import { NON_COUNTRY_WORDS } from './common-schema.ts';
import { choiceWords, fieldWords, type Words } from './field-labels.ts';

const w = (da: string, en: string): Words => ({ da, en });

export const FACT_WORDS: Readonly<Record<string, Words>> = {
  referrer: w('Henvisende myndighed', 'Referring authority'),
  youngest: w('Yngste barn', 'Youngest child'),
  turns24: w('Fylder 24 år', 'Turns 24'),
  grant: w('Tilladelsen', 'The permit'),
  permitEnd: w('Tilladelsen gælder til', 'Permit ends'),
  permitEndCap: w('Slutdatoen er bestemt af', 'End date decided by'),
  identity: w('Identitet', 'Identity'),
  schengen: w('Tredjelandsstatsborger (Schengen)', 'Third-country national (Schengen)'),
  rightOfResidence: w('Opholdsret', 'Right of residence'),
  beganBeforeInForce: w('Begyndt før ikrafttrædelsen', 'Began before entry into force'),
  isLapse: w('Bortfald', 'Lapse'),
  euLaw: w('EU-retten', 'EU law'),
  toleratedStay: w('Tålt ophold', 'Tolerated stay'),
  policeSeeToDeparture: w('Politiet drager omsorg for udrejsen', 'The police see to the departure'),
  courtReview: w('Domstolsprøvelse', 'Court review'),
  hearingOmitted: w('Partshøring undladt', 'Hearing omitted'),
  banValidFromFinding: w('Indrejseforbuddet gælder fra', 'Entry ban valid from'),
  entryBanYears: w('Indrejseforbud (år)', 'Entry ban (years)'),
  hearingDate: w('Dato for partshøringen', 'Date of the hearing'),
  testDate: w('Prøvedato', 'Test date'),
  passed: w('Bestået', 'Passed'),
  police: w('Politikreds', 'Police district'),
  deadlinePassed: w('Fristen er overskredet', 'Deadline passed'),
  pointPassed: w('Tidspunktet er nået', 'Point in time reached'),
  clockStart: w('Fristen regnes fra', 'Counted from'),
  eighteenMonthPoint: w('18-måneders-tidspunktet', 'The 18-month point'),
  policeWarning: w('Advarsel fra politiet', 'Police warning'),
  toReference: w('Til referencen', 'To the reference'),
  paid: w('Betalt', 'Paid'),
  refund: w('Tilbagebetaling', 'Refund'),
  notDecidedYet: w('Endnu ikke afgjort', 'Not decided yet'),
  deduction: w('Fradrag', 'Deduction'),
  due: w('Forfalder', 'Due'),
  leaveAtOnce: w('Skal udrejse straks', 'Must leave at once'),
  requestDeadline: w('Frist for anmodningen', 'Deadline for the request'),
  outstanding: w('Restbeløb', 'Outstanding'),
  paidForAnotherCategory: w('Betalt for en anden kategori', 'Paid for another category'),
  deadline: w('Frist', 'Deadline'),
  validFrom: w('Gyldig fra', 'Valid from'),
  validTo: w('Gyldig til', 'Valid to'),
  applicantName: w('Ansøgerens navn', "Applicant's name"),
  eighteenthBirthday: w('18-årsdag', '18th birthday'),
  ruleSet: w('Regelsæt', 'Rule set'),
  track: w('Vurderingsspor', 'Assessment track'),
  extensionEnclosed: w('Forlængelse vedlagt', 'Extension enclosed'),
  card: w('Opholdskort', 'Residence card'),
  sendOldCard: w('Det gamle kort skal sendes ind', 'The old card is to be returned'),
  consequence: w('Konsekvens', 'Consequence'),
  judgmentConcerns: w('Dommen vedrører', 'The judgment concerns'),
  extensionOutcome: w('Forlængelsens udfald', 'Outcome of the extension'),
  extensionDecisionDate: w('Dato for forlængelsesafgørelsen', 'Date of the extension decision'),
  reopeningAuthority: w('Myndighed, der modtager anmodningen om genoptagelse', 'Authority that receives the request to re-open'),
  periods: w('Perioder', 'Periods'),
  months: w('Måneder', 'Months'),
  lawfulYears: w('Lovligt ophold (år)', 'Lawful stay (years)'),
  lawfulMonths: w('Lovligt ophold (måneder)', 'Lawful stay (months)'),
  anyLawful: w('Lovligt ophold i perioden', 'Any lawful stay'),
  totalYears: w('I alt (år)', 'Total (years)'),
  totalMonths: w('I alt (måneder)', 'Total (months)'),
  bornInDenmark: w('Født i Danmark', 'Born in Denmark'),
  ageAtEntry: w('Alder ved indrejsen', 'Age at entry'),
  paragraphs: w('Afsnit', 'Paragraphs'),
  applicantAbroad: w('Ansøgeren er i udlandet', 'The applicant is abroad'),
  others: w('Øvrige', 'Others'),
  waiverConsidered: w('Dispensation vurderet', 'Waiver considered'),
  secondSentence: w('2. pkt. anvendt', 'Second sentence applied'),
  security: w('Økonomisk sikkerhed (kr.)', 'Financial security (DKK)'),
  comingHome: w('Boligkrav ved hjemkomst', 'Housing requirement on coming home'),
  referenceInDenmark: w('Referencen bor i Danmark', 'The reference lives in Denmark'),
  proofBy: w('Dokumentation senest', 'Proof by'),
  housingUntil: w('Boligen er til rådighed til', 'Housing available until'),
  hasConditions: w('Med betingelser', 'With conditions'),
  passportWaiver: w('Dispensation fra paskravet', 'Passport waiver'),
  applicantDateOfBirth: w('Ansøgerens fødselsdato', "Applicant's date of birth"),
  // danish-test-letters (issue 12): the decisions' computed facts
  exemption: w('Fritagelse', 'Exemption'),
  handicap: w('Handicap', 'Disability'),
  a1: w('A1-prøven', 'The A1 test'),
  a2: w('A2-prøven', 'The A2 test'),
  finalExam: w('Den afsluttende prøve', 'The final exam'),
  periodFrom: w('Prøveperioden regnes fra', 'Test period counted from'),
  periodStart: w('Prøveperioden begynder', 'Test period begins'),
  requestReceived: w('Anmodningen modtaget', 'Request received'),
  lateRequestReasons: w('Begrundelse for at imødekomme en sen anmodning', 'Reasons for granting a late request'),
  newDeadline: w('Ny frist', 'New deadline'),
  days: w('Antal dage', 'Number of days'),
  capped: w('Begrænset til højst 46 uger', 'Capped at 46 weeks'),
  passedOn: w('Bestået den', 'Passed on'),
  activity: w('Økonomisk aktivitet', 'Economic activity'),
  activeFrom: w('Økonomisk aktiv fra', 'Economically active from'),
  // a name that means something else in one letter: `<letter>:<name>` (the rejection's `leave` is leaving Denmark)
  'danish-test-letters:leave': w('Barselsperiode', 'Maternity or paternity leave'),
};

/** Values the rules compute (not choices of the input, which field-labels.ts words), for the plan panel. */
export const FACT_CHOICES: Readonly<Record<string, Words>> = {
  applicant: w('Ansøgeren', 'The applicant'),
  both: w('Begge', 'Both'),
  reference: w('Referencen', 'The reference'),
  'standard-end': w('Den almindelige slutdato', 'The standard end'),
  'passport-expiry': w('Passets udløb', 'Passport expiry'),
  'custody-holder-permit': w('Forældremyndighedsindehaverens tilladelse', "The custody holder's permit"),
  current: w('Gældende regler', 'Current rules'),
  'law-1994': w('Loven fra 1994', 'The 1994 act'),
  'filed-2015-12-10': w('Ansøgt fra 10. december 2015', 'Filed from 10 December 2015'),
  standard: w('De almindelige krav', 'The standard requirements'),
  pensioner: w('Pensionist', 'Pensioner'),
  'strong-ties': w('Stærk tilknytning', 'Strong ties'),
  young: w('Ung', 'Young'),
  'decision-on-existing-basis': w('Afgørelse på det foreliggende grundlag', 'Decision on the existing basis'),
  ties: w('Tilknytning', 'Ties'),
  proportionality: w('Proportionalitet', 'Proportionality'),
  health: w('Helbred', 'Health'),
};

/** A computed fact's internal template key (e.g. `outcomeKey`): the variant says it, so the panel leaves it out. */
export const isTemplateKey = (name: string): boolean => /Key$/.test(name);

export const factWords = (letter: string, name: string): Words | null =>
  FACT_WORDS[`${letter}:${name}`] ?? FACT_WORDS[name] ?? fieldWords(letter, name);

/**
 * A country or nationality code among the facts (an applicant's identity, a stay abroad) by its CLDR name, as the
 * form's select names it: the officer reads "Marokko", not "MA". Stateless and unknown by their words.
 */
function countryWords(code: string): Words | null {
  if (code === NON_COUNTRY_CODES.stateless || code === NON_COUNTRY_CODES.unknown) return NON_COUNTRY_WORDS[code];
  if (!isCountryCode(code)) return null;
  return w(countryName(code, 'da') ?? code, countryName(code, 'en') ?? code);
}

/**
 * The words for every fact name and every text value of a plan's facts, for the plan panel: `{ fields, choices }`.
 * An authority (id and name) is shown by its name and is not walked into.
 */
export function factWordsIn(letter: string, facts: unknown) {
  const fields: Record<string, Words> = {};
  const choices: Record<string, Words> = {};
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      const found = FACT_CHOICES[value] ?? choiceWords(letter, value) ?? countryWords(value);
      if (found) choices[value] = { da: found.da, en: found.en };
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object' && !('id' in value && 'name' in value)) {
      for (const [name, inner] of Object.entries(value)) {
        const found = factWords(letter, name);
        if (found) fields[name] = { da: found.da, en: found.en };
        walk(inner);
      }
    }
  };
  walk(facts);
  return { fields, choices };
}
