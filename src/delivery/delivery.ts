/**
 * How a letter reaches its reader: the request envelope's optional `delivery` (not the letter's data:
 * the same letter can go out by any channel). Four channels:
 *
 *   { channel: 'digital-post', recipient: { cpr } | { cvr } }   a MeMo message to the recipient's Digital Post
 *   { channel: 'letter-post' }                                     the letter's own address in the envelope window
 *   { channel: 'letter-post', abroad: { lines, country } }         an address abroad, with its country line
 *   { channel: 'handed' }                                          handed over in person (at the interview)
 *   { channel: 'mission', mission: { name, city, country } }       through a Danish mission abroad, which hands it over
 *
 * The CPR number is personal data: its problems are coded without the value, and the plan shows only
 * that a CPR (or CVR) number was given, never the number.
 */
import { z } from 'zod';
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import type { Plan } from '../letters/plan.ts';
import { cprProblem, isCvr, normaliseCpr } from './person-number.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

const cpr = z
  .string()
  .superRefine((value, ctx) => {
    const problem = cprProblem(value);
    // The issue carries a code only: `validate` turns it into a Diagnostic, and no message holds the number.
    if (problem)
      ctx.addIssue({ code: 'custom', params: { code: problem === 'format' ? 'DELIVERY_CPR_FORMAT' : 'DELIVERY_CPR_DATE' } });
  })
  .transform(normaliseCpr);

const cvr = z.string().refine(isCvr, { params: { code: 'DELIVERY_CVR_FORMAT' } });

const digitalPostRecipient = z
  .strictObject({ cpr: cpr.optional(), cvr: cvr.optional() })
  .refine((recipient) => (recipient.cpr === undefined) !== (recipient.cvr === undefined), {
    params: { code: 'DELIVERY_RECIPIENT_ONE_NUMBER' },
  });

/** An address abroad as the post of the destination country writes it, then the country line (UPU S42: the country last, in capitals). */
const abroadAddress = z.strictObject({
  // Up to five lines are taken: whether they fit, with the name and the country line, is the window's check.
  lines: z.array(text(80)).min(1).max(5),
  country: text(60),
});

export const deliverySchema = z.discriminatedUnion('channel', [
  z.strictObject({ channel: z.literal('digital-post'), recipient: digitalPostRecipient }),
  z.strictObject({ channel: z.literal('letter-post'), abroad: abroadAddress.optional() }),
  z.strictObject({ channel: z.literal('handed') }),
  z.strictObject({
    channel: z.literal('mission'),
    mission: z.strictObject({ name: text(120), city: text(60), country: text(60) }),
  }),
]);

export type Delivery = z.infer<typeof deliverySchema>;
export type Channel = Delivery['channel'];
export type AbroadAddress = z.infer<typeof abroadAddress>;

/** What the plan shows of the delivery: the channel, and which kind of number addresses a Digital Post recipient (never the number). */
export function deliveryView(delivery: Delivery | null) {
  if (!delivery) return null;
  switch (delivery.channel) {
    case 'digital-post':
      return { channel: delivery.channel, recipient: delivery.recipient.cpr !== undefined ? 'CPR' : 'CVR' };
    case 'letter-post':
      return { channel: delivery.channel, abroad: delivery.abroad !== undefined };
    case 'mission':
      return { channel: delivery.channel, mission: delivery.mission };
    default:
      return { channel: delivery.channel };
  }
}

/**
 * The channel against what the letter itself says. A letter's own `delivery: 'handed'` (e.g. the
 * humanitarian-permit info handed at the interview, R-ASY-011) has no address and says it was handed
 * over: only the channel `handed` fits it. A letter that says it is sent (`delivery: 'sent'`) is not
 * handed over. Copies (Kopi til) are posted to their authority whatever the applicant's channel: each
 * needs a postal address in data/authorities.json, or the request is refused until one is configured.
 */
export function deliveryProblems(delivery: Delivery | null, plan: Plan): Diagnostic[] {
  if (!delivery) return [];
  const problems: Diagnostic[] = [];
  const letterSays = plan.recipient.address === null ? 'handed' : plan.fields.delivery === 'sent' ? 'sent' : null;
  if (letterSays === 'handed' && delivery.channel !== 'handed')
    problems.push(diagnostic('DELIVERY_CHANNEL_CONFLICTS_LETTER', 'delivery.channel', { letter: 'handed' }));
  if (letterSays === 'sent' && delivery.channel === 'handed')
    problems.push(diagnostic('DELIVERY_CHANNEL_CONFLICTS_LETTER', 'delivery.channel', { letter: 'sent' }));
  const copies = [...plan.copies, ...(plan.companions ?? []).flatMap((companion) => companion.plan.copies)];
  for (const copy of new Map(copies.map((c) => [c.recipient.id, c])).values()) {
    if (!copy.recipient.address)
      problems.push(diagnostic('DELIVERY_COPY_ADDRESS_NOT_CONFIGURED', 'delivery', { authority: copy.recipient.id }));
  }
  return problems;
}
