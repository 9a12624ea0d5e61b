/**
 * R-ASY-033: when a § 9 c, stk. 2 case started on an application and 18 months have passed (and no refusal on
 * the present basis is due), US asks UCN for an account of the return efforts and at the same time tells the
 * applicant that the case is being processed. The 18-month arithmetic is the decision's own (one place).
 */
import { ok, type Result } from '../../diagnostics/diagnostic.ts';
import type { RulesWorld } from '../define-letter.ts';
import { eighteenMonthPoint, lessThanOneMonthLeft } from '../deportation-obstacle-decision/dates.ts';
import { type Outcome, type Reason, toTheApplicant } from '../plan.ts';
import type { Input } from './schema.ts';

export type Variant = 'processing';

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  if (input.leftAsylumCentreSystem) {
    const why = [{ rule: 'R-ASY-034', because: 'the applicant has left the asylum-centre system: the application is rejected' }];
    return ok({
      due: false,
      why,
      answer: 'No notice is due: the application is rejected (deportation-obstacle-decision, rejection-absconded).',
      instead: {
        kind: 'service-letter',
        letter: 'deportation-obstacle-decision',
        variant: 'rejection-absconded',
        rule: 'R-ASY-034',
      },
    });
  }
  const start = input.shortDeferral?.deadlineBeforeDeferral ?? input.latestDepartureDeadline;
  const point = eighteenMonthPoint(start);
  const clock: Reason = { rule: 'R-ASY-031', because: `18 months after the deadline that expired ${start}: ${point}` };
  if (input.applicationDate < point && !lessThanOneMonthLeft(input.applicationDate, point)) {
    const why = [clock, { rule: 'R-ASY-032', because: 'applied more than a month before the 18 months had passed' }];
    return ok({
      due: false,
      why,
      answer: 'No notice is due: a refusal on the present basis is (deportation-obstacle-decision, refusal-present-basis).',
      instead: {
        kind: 'service-letter',
        letter: 'deportation-obstacle-decision',
        variant: 'refusal-present-basis',
        rule: 'R-ASY-032',
      },
    });
  }
  if (input.letterDate < point) {
    const why = [clock, { rule: 'R-ASY-033', because: 'the 18 months have not yet passed on the letter date' }];
    return ok({
      due: false,
      why,
      answer: `No notice is due yet: US asks UCN and tells the applicant when 18 months have passed, on ${point}.`,
    });
  }
  const sender = world.authorities.on('immigration-service/asylum', input.letterDate, 'data.letterDate');
  if (!sender.ok) return sender;
  const police = world.authorities.on('police/ucn', input.letterDate, 'data.letterDate');
  if (!police.ok) return police;
  return ok({
    due: true,
    plan: {
      variant: 'processing',
      why: [clock, { rule: 'R-ASY-033', because: '18 months have passed: US asks UCN for an account and tells the applicant' }],
      ...toTheApplicant(input),
      sender: sender.value,
      appeal: null,
      copies: [],
      fields: { applicationDate: input.applicationDate, police: police.value },
    },
  });
}
