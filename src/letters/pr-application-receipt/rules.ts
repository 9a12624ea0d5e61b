/**
 * Rules of the receipt letter (R-PR-106; pr-application-receipt.md). Pure. The reference lists what the receipt
 * must say but words none of it ("compose"): the service target, the hearing of another authority and the
 * structure can be composed from what it states; the processing steps, the documentation of lawful stay and the
 * authorisation to the police on re-entry permits have no content in the source. Those are legal or procedural
 * statements a reader relies on, so every receipt is refused (RULE_PR_RECEIPT_TEXT_NOT_CONFIGURED, naming the
 * variant and the blocks) until legal review words them. `receiptPlan` is the letter without them: what the
 * template prints, tested on its own (tests/letters/pr-application-receipt.rules.test.ts).
 */
import { diagnostic, fail, ok, type Result } from '../../diagnostics/diagnostic.ts';
import { addMonths, type CivilDate } from '../../domain/civil-date.ts';
import type { RulesWorld } from '../define-letter.ts';
import { type Outcome, type Reason, toTheApplicant } from '../plan.ts';
import type { Input } from './schema.ts';

export type Variant = 'receipt' | 'receipt-siri' | 'receipt-section-9b';

/** R-PR-106: the receipt is sent "senest en måned efter registrering" (src:16242–16244). */
export const sendBy = (registrationDate: CivilDate): CivilDate => addMonths(registrationDate, 1);

/** The service target for permanent-residence cases, counted from a fully informed application (src:16250–16257)… */
export const SERVICE_TARGET_MONTHS = 8;
/** …"from 2 February 2016": no target is stated for a receipt dated before. */
export const SERVICE_TARGET_FROM = '2016-02-02' as CivilDate;

/** A block the receipt must contain whose wording (or, for the service target before 2016, content) the source does not give. */
export type UnwordedBlock = 'processing-steps' | 'lawful-stay-documentation' | 're-entry-permit-authorisation' | 'service-target';

/**
 * The blocks a receipt lacks. A § 9 b holder's letters leave out the re-entry-permit paragraph (src:14510–14513);
 * whether "dokumentation for lovligt ophold" is the procedural-stay paragraph they also leave out is not said
 * (OPEN): it stays listed, so that nothing is dropped by guess.
 */
export function unwordedBlocks(variant: Variant, letterDate: CivilDate): UnwordedBlock[] {
  const blocks: UnwordedBlock[] = ['processing-steps', 'lawful-stay-documentation'];
  if (variant !== 'receipt-section-9b') blocks.push('re-entry-permit-authorisation');
  if (letterDate < SERVICE_TARGET_FROM) blocks.push('service-target');
  return blocks;
}

const VARIANT: Readonly<Record<Input['caseType'], Variant>> = {
  standard: 'receipt',
  siri: 'receipt-siri',
  'section-9b': 'receipt-section-9b',
};

/** The receipt of the blocks the reference words, or why none is due. */
export function receiptPlan(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  if (input.ko1Application)
    return noLetter(
      { rule: 'R-PR-106', because: 'a KO1 application gets no receipt letter (src:16248)' },
      'No receipt: KO1 case.',
    );
  if (!input.expectedProcessingOverFourWeeks)
    return noLetter(
      { rule: 'R-PR-106', because: 'processing is not expected to take more than 4 weeks (src:16242–16244)' },
      'No receipt: the case is expected to be decided within 4 weeks.',
    );
  const sender = world.authorities.on('immigration-service/permanent-residence', input.letterDate, 'data.letterDate');
  if (!sender.ok) return sender;
  let ministry: string | null = null;
  if (input.caseType === 'section-9b') {
    // R-PR-111: the applicant is told that the ministry will be heard (src:14498).
    const found = world.authorities.on('ministry/immigration', input.letterDate, 'data.letterDate');
    if (!found.ok) return found;
    ministry = found.value.name;
  }
  const variant = VARIANT[input.caseType];
  const aim = sendBy(input.registrationDate);
  const why: Reason[] = [
    {
      rule: 'R-PR-106',
      because:
        input.letterDate <= aim
          ? `registered ${input.registrationDate}: the receipt is sent by ${aim}, within the month`
          : `registered ${input.registrationDate}: the receipt was due by ${aim} and is late`,
    },
  ];
  if (input.caseType === 'siri') why.push({ rule: 'R-PR-106', because: 'SIRI case: SIRI is heard during the processing' });
  if (input.caseType === 'section-9b')
    why.push({ rule: 'R-PR-111', because: '§ 9 b holder: the ministry is heard; no re-entry-permit paragraph' });
  return ok({
    due: true,
    plan: {
      variant,
      why,
      ...toTheApplicant(input),
      sender: sender.value,
      appeal: null,
      copies: [],
      fields: {
        registrationDate: input.registrationDate,
        serviceTargetMonths: input.letterDate < SERVICE_TARGET_FROM ? null : SERVICE_TARGET_MONTHS,
        ministry,
      },
    },
  });
}

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const planned = receiptPlan(input, world);
  if (!planned.ok || !planned.value.due) return planned;
  const { variant, letterDate } = planned.value.plan;
  return fail(
    diagnostic('RULE_PR_RECEIPT_TEXT_NOT_CONFIGURED', '', {
      variant,
      blocks: unwordedBlocks(variant, letterDate).join(', '),
      rule: 'R-PR-106',
    }),
  );
}

const noLetter = (reason: Reason, answer: string): Result<Outcome<Variant>> => ok({ due: false, why: [reason], answer });
