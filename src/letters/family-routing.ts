/**
 * A family-reunification decision's addressee and copies, from the recipients table (R-FAM-090..093,
 * src/domain/family-recipients.ts), as the plan's recipient and "Kopi til" documents.
 */
import type { z } from 'zod';
import type { Authority } from '../domain/authorities.ts';
import { type ApplicantWhereabouts, type DecisionRouting, routeFamilyDecision } from '../domain/family-recipients.ts';
import {
  type foreignAddress,
  type mission,
  type postalAddress,
  type Representative,
  representativeAddress,
  type whereabouts,
} from './family-schema.ts';
import {
  type AppealGuidance,
  aboutTheCase,
  type Copy,
  type ForeignAddress,
  type PersonCopyRecipient,
  type Plan,
  type Reason,
  type Recipient,
  type TemplateFields,
} from './plan.ts';

type Address = z.infer<typeof postalAddress>;

const isForeign = (address: Address): address is z.infer<typeof foreignAddress> => 'country' in address;

/** An address as window lines (for a copy's window). */
const addressLines = (address: Address): string[] =>
  isForeign(address)
    ? [...address.lines, address.country]
    : [...(address.careOf ? [`c/o ${address.careOf}`] : []), address.street, `${address.postcode} ${address.city}`];

const asRecipientAddress = (address: Address): Recipient['address'] =>
  isForeign(address) ? ({ lines: address.lines, country: address.country } satisfies ForeignAddress) : address;

/** A Danish mission as addressee: it passes the letter on, so the window names whose case it is ("Vedr."). */
export const missionRecipient = (theMission: z.infer<typeof mission>, regarding: string): Recipient => ({
  name: theMission.name,
  address: { lines: theMission.address.lines, country: theMission.address.country },
  regarding,
});

export interface FamilyRouting {
  readonly routing: DecisionRouting;
  readonly recipient: Recipient;
  readonly copies: readonly Copy[];
  /** The mission to tell that the decision went to the lawyer (R-FAM-093), or null. */
  readonly missionToNotify: z.infer<typeof mission> | null;
  readonly why: readonly Reason[];
}

/**
 * Who gets the decision. `null` only where the facts leave no addressee: an applicant abroad without a lawyer
 * and no mission given (the schema refuses that first, RULE_FAM_MISSION_REQUIRED).
 */
export function routeDecision(input: {
  readonly applicant: { readonly name: string };
  readonly whereabouts: z.infer<typeof whereabouts>;
  readonly representative: Representative;
  readonly filedViaMission: boolean;
}): FamilyRouting | null {
  const where: ApplicantWhereabouts = input.whereabouts.applicantIs;
  const routing = routeFamilyDecision({
    whereabouts: where,
    representative: input.representative.kind,
    filedViaMission: input.filedViaMission,
  });
  const rep = input.representative.kind === 'none' ? null : input.representative;
  const theMission = input.whereabouts.applicantIs === 'abroad' ? (input.whereabouts.mission ?? null) : null;
  const regarding = input.applicant.name;

  let recipient: Recipient;
  if (routing.addressee === 'representative' && rep) {
    recipient = { name: rep.name, address: asRecipientAddress(representativeAddress(rep)), regarding };
  } else if (routing.addressee === 'danish-mission' && theMission) {
    recipient = missionRecipient(theMission, regarding);
  } else if (routing.addressee === 'applicant' && input.whereabouts.applicantIs === 'in-denmark') {
    recipient = { name: input.applicant.name, address: input.whereabouts.address };
  } else {
    return null;
  }
  const copies: Copy[] = [];
  if (routing.copyToRepresentative && rep) {
    const person: PersonCopyRecipient = {
      id: 'representative',
      name: rep.name,
      unit: null,
      address: addressLines(representativeAddress(rep)),
    };
    copies.push({ recipient: person, rule: routing.rules[0] ?? 'R-FAM-092' });
  }
  const missionToNotify = routing.noticeToMission ? theMission : null;
  const because = {
    applicant: 'the applicant is in Denmark: the decision goes to them',
    'danish-mission': 'the applicant is abroad: the decision goes to the Danish mission, to notify the applicant',
    representative: 'a lawyer represents the applicant: the decision goes to the lawyer only',
  }[routing.addressee];
  const why: Reason[] = routing.rules.map((rule) => ({
    rule,
    because: `${because}${copies.length ? '; copy to the representative' : ''}${
      input.representative.kind === 'family-member' && where === 'in-denmark' ? '; no copy to a family member' : ''
    }${missionToNotify ? '; the mission the application was filed through is told' : ''}`,
  }));
  return { routing, recipient, copies, missionToNotify, why };
}

/** A family decision's plan: sent where `routeDecision` says, with its copies (R-FAM-090..092). */
export const routedDecisionPlan = <V extends string>(
  input: Parameters<typeof aboutTheCase>[0],
  routed: FamilyRouting,
  decision: {
    readonly variant: V;
    readonly why: readonly Reason[];
    readonly sender: Authority;
    readonly appeal: AppealGuidance | null;
    readonly fields: TemplateFields;
  },
): Plan<V> => ({
  variant: decision.variant,
  why: decision.why,
  ...aboutTheCase(input),
  recipient: routed.recipient,
  sender: decision.sender,
  appeal: decision.appeal,
  copies: routed.copies,
  fields: decision.fields,
});

/**
 * R-FAM-093 (V-EMBASSY-NOTICE): the mission the application was filed through is told that the decision went to the
 * lawyer, as spouse-reunification-decision's mission-notice document (one wording for every decision), sent with it.
 * The decision alone where there is no mission to tell.
 */
export function withMissionNotice<P extends Plan>(
  decision: P,
  routed: FamilyRouting,
  regarding: string,
  fields: TemplateFields,
): P {
  if (!routed.missionToNotify) return decision;
  const notice: Plan = {
    ...decision,
    variant: 'mission-notice',
    why: [{ rule: 'R-FAM-093', because: 'the decision went to the lawyer: the mission is told' }],
    recipient: missionRecipient(routed.missionToNotify, regarding),
    appeal: null,
    copies: [],
    fields,
  };
  // Addressed to the mission, an authority: it goes out in Danish only, as the municipality notice does.
  return { ...decision, companions: [{ letter: 'spouse-reunification-decision', plan: notice, reader: 'authority' }] };
}
