/**
 * The addressees of a family-reunification procedural notice (R-FAM-095): the table is `domain/family-recipients.ts`;
 * this turns its answer into the recipients of the documents. A document to the representative names whose case it
 * is in the window ("Vedr.", `Recipient.regarding`), because the letter speaks to the applicant.
 */
import { z } from 'zod';
import type { Authority } from '../domain/authorities.ts';
import { type NoticeRouting, routeFamilyNotice } from '../domain/family-recipients.ts';
import { danishPostalAddress } from './common-schema.ts';
import { type Representative, representative, representativeAddress } from './family-schema.ts';
import {
  aboutTheCase,
  type Companion,
  type Outcome,
  type Plan,
  type Reason,
  type Recipient,
  type TemplateFields,
} from './plan.ts';

/**
 * Where the applicant is, as the decisions take it (family-schema.ts) but without the mission: a notice never goes
 * to a mission or to an address abroad (R-FAM-095).
 */
export const noticeWhereabouts = z.discriminatedUnion('applicantIs', [
  z.strictObject({ applicantIs: z.literal('in-denmark'), address: danishPostalAddress }),
  z.strictObject({ applicantIs: z.literal('abroad') }),
]);
export type NoticeWhereabouts = z.infer<typeof noticeWhereabouts>;

/** The schema fields every family notice takes: where the applicant is and the representative. */
export const familyNoticeFields = { whereabouts: noticeWhereabouts, representative };

const asRecipient = (rep: Exclude<Representative, { kind: 'none' }>, regarding: string): Recipient => {
  const address = representativeAddress(rep);
  return {
    name: rep.name,
    address: 'country' in address ? { lines: address.lines, country: address.country } : address,
    regarding,
  };
};

/**
 * A procedural notice's recipients (R-FAM-095): none (abroad without a representative), one, or two (in Denmark with
 * a representative who is neither a lawyer nor a family member: the applicant and the representative).
 */
export function noticeRecipients(input: {
  readonly applicant: { readonly name: string };
  readonly whereabouts: NoticeWhereabouts;
  readonly representative: Representative;
}): { readonly recipients: readonly Recipient[]; readonly routing: NoticeRouting } {
  const { whereabouts: where, representative: rep } = input;
  const routing = routeFamilyNotice({ whereabouts: where.applicantIs, representative: rep.kind });
  const recipients = routing.to.flatMap((to): Recipient[] => {
    if (to === 'representative') return rep.kind === 'none' ? [] : [asRecipient(rep, input.applicant.name)];
    return where.applicantIs === 'in-denmark' ? [{ name: input.applicant.name, address: where.address }] : [];
  });
  return { recipients, routing };
}

/**
 * One plan per recipient: the first is the letter, each further one its own document in the same PDF (a companion of
 * the same letter type), so that no party's copy can be forgotten.
 */
export function onePlanPerRecipient<P extends Plan>(
  letter: string,
  first: Recipient,
  others: readonly Recipient[],
  plan: (recipient: Recipient) => P,
): P {
  // A representative or a second addressee reads it as the applicant does: in the letter's languages.
  const companions: Companion[] = others.map((recipient) => ({ letter, plan: plan(recipient), reader: 'applicant' }));
  return { ...plan(first), ...(companions.length ? { companions } : {}) };
}

/** Why the notice goes where it goes (R-FAM-095): one reason per rule of the routing, naming the addressees. */
export const noticeRoutingReasons = (routing: NoticeRouting): Reason[] =>
  routing.rules.map((rule) => ({ rule, because: `notice to: ${routing.to.join(' and ') || 'nobody'}` }));

/**
 * The answer where R-FAM-095 leaves a procedural notice no addressee: the applicant is abroad and has no
 * representative, and such notices are then not sent at all (never through the mission).
 */
export const noNoticeAbroadWithoutRepresentative = <V extends string>(why: readonly Reason[]): Outcome<V> => ({
  due: false,
  why,
  answer: 'No letter: the applicant is abroad without a representative, and procedural notices are not sent then (R-FAM-095).',
});

/**
 * The plan of one document of a family notice, for `onePlanPerRecipient`: every addressee gets the same notice as
 * their own document, so a notice carries no copies, and, being no decision, no appeal guidance.
 */
export const noticePlan =
  <V extends string>(
    input: Parameters<typeof aboutTheCase>[0],
    notice: { readonly variant: V; readonly why: readonly Reason[]; readonly sender: Authority; readonly fields: TemplateFields },
  ) =>
  (recipient: Recipient): Plan<V> => ({
    variant: notice.variant,
    why: notice.why,
    ...aboutTheCase(input),
    recipient,
    sender: notice.sender,
    appeal: null,
    copies: [],
    fields: notice.fields,
  });
