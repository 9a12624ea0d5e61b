/**
 * The addressees of a family-reunification letter, from the facts the routing table reads (where the applicant is,
 * the representative): the table itself is `domain/family-recipients.ts` (R-FAM-090..095); this turns its answer
 * into the recipients of the documents. A representative's document names whose case it is ("Vedr."), because the
 * letter speaks to the applicant.
 */
import { z } from 'zod';
import { type NoticeRouting, type RepresentativeKind, routeFamilyNotice } from '../domain/family-recipients.ts';
import { danishPostalAddress } from './common-schema.ts';
import type { Recipient } from './plan.ts';

const name = z.string().trim().min(1).max(200);
const representativeOf = <K extends Exclude<RepresentativeKind, 'none'>>(kind: K) =>
  z.strictObject({ kind: z.literal(kind), name, address: danishPostalAddress });

/** The applicant's representative, if any: the kind decides the routing (R-FAM-090..095). */
export const representative = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  representativeOf('lawyer'),
  representativeOf('family-member'),
  representativeOf('other'),
]);
export type Representative = z.infer<typeof representative>;

export const whereabouts = z.enum(['in-denmark', 'abroad']);

/** The schema fields every family notice takes: where the applicant is, their Danish address there, the representative. */
export const familyNoticeFields = {
  whereabouts,
  /** The applicant's address in Denmark; required in Denmark, absent abroad (a notice never goes to an address abroad, R-FAM-095). */
  address: danishPostalAddress.optional(),
  representative,
};

/** The address rule of `familyNoticeFields`, for a schema's superRefine. */
export function addressMatchesWhereabouts(input: { whereabouts: string; address?: unknown }, ctx: z.RefinementCtx): void {
  if (input.whereabouts === 'in-denmark' && input.address === undefined)
    ctx.addIssue({ code: 'custom', path: ['address'], params: { code: 'INPUT_MISSING' } });
  if (input.whereabouts === 'abroad' && input.address !== undefined)
    ctx.addIssue({ code: 'custom', path: ['address'], params: { code: 'RULE_FAM_ADDRESS_ABROAD_NOT_USED', rule: 'R-FAM-095' } });
}

export interface Addressed {
  readonly recipient: Recipient;
  /** The applicant's name where the document goes to the representative ("Vedr."), else null. */
  readonly regarding: string | null;
}

/**
 * A procedural notice's documents (R-FAM-095): none (abroad without a representative), one, or two (in Denmark with
 * a representative who is neither a lawyer nor a family member: the applicant and the representative).
 */
export function noticeAddressees(input: {
  readonly applicant: { readonly name: string };
  readonly whereabouts: 'in-denmark' | 'abroad';
  readonly address?: Recipient['address'] | undefined;
  readonly representative: Representative;
}): { readonly documents: readonly Addressed[]; readonly routing: NoticeRouting } {
  const routing = routeFamilyNotice({ whereabouts: input.whereabouts, representative: input.representative.kind });
  const { representative: rep } = input;
  const documents = routing.to.flatMap((to): Addressed[] => {
    if (to === 'representative') {
      if (rep.kind === 'none') return [];
      return [{ recipient: { name: rep.name, address: rep.address }, regarding: input.applicant.name }];
    }
    return input.address ? [{ recipient: { name: input.applicant.name, address: input.address }, regarding: null }] : [];
  });
  return { documents, routing };
}
