/** Rules of the Danish-test result letter (R-FAM-037; routing R-FAM-095). Pure. */
import { ok, type Result } from '../../diagnostics/diagnostic.ts';
import type { RulesWorld } from '../define-letter.ts';
import {
  noNoticeAbroadWithoutRepresentative,
  noticePlan,
  noticeRecipients,
  noticeRoutingReasons,
  onePlanPerRecipient,
} from '../family-addressee.ts';
import type { Outcome, Reason } from '../plan.ts';
import type { Input } from './schema.ts';

export type Variant = 'result';

/** R-FAM-037 (src:8054–8056): a test is passed with at least 21 of 30 correct answers. */
export const PASS_MARK = 21;

export const passed = (correctAnswers: number): boolean => correctAnswers >= PASS_MARK;

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const { recipients, routing } = noticeRecipients(input);
  const pass = passed(input.test.correctAnswers);
  const why: Reason[] = [
    {
      rule: 'R-FAM-037',
      because: `${input.test.correctAnswers} of 30 correct: ${pass ? 'passed' : 'not passed'} (pass mark ${PASS_MARK})`,
    },
    ...noticeRoutingReasons(routing),
  ];
  const [first, ...others] = recipients;
  if (!first) return ok(noNoticeAbroadWithoutRepresentative(why));
  const sender = world.authorities.on('immigration-service/family', input.letterDate, 'data.letterDate');
  if (!sender.ok) return sender;
  const plan = noticePlan(input, {
    variant: 'result',
    why,
    sender: sender.value,
    fields: { level: input.test.level, testDate: input.test.date, correctAnswers: input.test.correctAnswers, passed: pass },
  });
  return ok({ due: true, plan: onePlanPerRecipient('danish-test-letters', first, others, plan) });
}
