/**
 * The departure section of a family-reunification refusal (handbook ch. 9, src:10040–10214): which deadline applies
 * (the officer's finding, R-FAM-080, R-FAM-081, R-FAM-086) and its date by the counting rules
 * (src/domain/departure-deadline.ts, R-FAM-082, R-FAM-083), or "straks" (R-FAM-084), or none; and the
 * departure-control statement wherever a deadline is set (R-FAM-088).
 */
import { addMonths, type CivilDate } from '../domain/civil-date.ts';
import { type DeliveryChannel, departureDeadlineDate } from '../domain/departure-deadline.ts';
import type { Departure } from './family-schema.ts';
import type { Reason, TemplateFields } from './plan.ts';

export interface DepartureSection {
  /** The template's facts: kind, the computed date (or null), whether the control statement is printed. */
  readonly fields: TemplateFields;
  readonly why: readonly Reason[];
}

/** The later of two dates. */
const later = (a: CivilDate, b: CivilDate): CivilDate => (a > b ? a : b);

/**
 * The departure section, or null for an applicant abroad: a departure deadline presupposes presence in Denmark
 * (OPEN, spouse-reunification-decision.md; APPLICANT_ABROAD_HAS_NO_DEPARTURE_DEADLINE).
 */
export function departureSection(
  departure: Departure,
  sent: CivilDate,
  channel: DeliveryChannel,
  letter: string,
): DepartureSection {
  const section = departureFacts(departure, sent, channel);
  // The letter's own strings (templates/partials/family-departure.hbs): `departure.<kind>`, `departure.control`, `departure.laterBirth`.
  const key = (name: string) => `${letter}:departure.${name}`;
  return {
    ...section,
    fields: {
      ...section.fields,
      textKey: key(camel(String(section.fields.kind))),
      headingKey: key('heading'),
      controlKey: key('control'),
      laterBirthKey: key('laterBirth'),
    },
  };
}

const camel = (kind: string) => kind.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function departureFacts(departure: Departure, sent: CivilDate, channel: DeliveryChannel): DepartureSection {
  switch (departure.kind) {
    case 'one-month':
    case 'thirty-days':
    case 'seven-days': {
      const computed = departureDeadlineDate(sent, departure.kind, channel);
      const added = computed.addedDays.map((a) => a.date).join(', ');
      return {
        fields: { kind: departure.kind, date: computed.date, control: true },
        why: [
          { rule: 'R-FAM-080', because: `departure deadline: ${departure.kind}` },
          {
            rule: channel === 'letter-post' ? 'R-FAM-083' : 'R-FAM-082',
            because: `${channel}, sent ${sent}: counted from ${computed.countedFrom}${
              computed.postingDays ? ` after ${computed.postingDays} posting days` : ''
            }${added ? `; days added: ${added}` : '; no days added'} → ${computed.date}`,
          },
          { rule: 'R-FAM-088', because: 'a deadline is set: the departure-control statement is printed' },
        ],
      };
    }
    case 'after-birth':
    case 'expected-birth': {
      // R-FAM-086: two months after the (expected) birth, a concrete date; never earlier than the 7-day deadline
      // the applicant would otherwise have (the reading that protects the applicant, see README).
      const from = departure.kind === 'after-birth' ? departure.birthDate : departure.dueDate;
      const usual = departureDeadlineDate(sent, 'seven-days', channel).date;
      const date = later(addMonths(from, 2), usual);
      return {
        fields: { kind: departure.kind, date, control: true },
        why: [
          { rule: 'R-FAM-086', because: `${departure.kind}: two months after ${from} → ${date}` },
          { rule: 'R-FAM-088', because: 'a deadline is set: the departure-control statement is printed' },
        ],
      };
    }
    case 'immediately':
      return {
        fields: { kind: 'immediately', date: null, control: false },
        why: [{ rule: 'R-FAM-084', because: 'urgent case: leave at once ("straks"), no date printed' }],
      };
    case 'other-right-to-stay':
    case 'other-case-pending':
      return {
        fields: { kind: departure.kind, date: null, control: false },
        why: [{ rule: 'R-FAM-081', because: `${departure.kind}: no departure deadline` }],
      };
  }
}
