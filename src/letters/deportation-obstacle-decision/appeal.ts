/**
 * Appeal guidance per variant of a § 9 c, stk. 2 decision. Facts the source states come from the rules;
 * what it leaves OPEN comes from data/appeal-guidance.json or the letter is refused (R-ASY-003).
 */
import { ok, type Result } from '../../diagnostics/diagnostic.ts';
import type { CivilDate } from '../../domain/civil-date.ts';
import type { RulesWorld } from '../define-letter.ts';
import type { AppealGuidance, Suspensive } from '../plan.ts';

export const LETTER_ID = 'deportation-obstacle-decision';

/** R-ASY-037, § 33, stk. 3, 1. pkt.: an appeal within this many days of notification gives the right to stay. */
export const SUSPENSIVE_APPEAL_DAYS = 7;

/** R-ASY-035, R-ASY-037 (src:513–514, 579–580): "kan kun tillægges opsættende virkning, hvis særlige grunde taler derfor". */
const SPECIAL_REASONS_ONLY: Suspensive = { kind: 'special-reasons-only', basis: '§ 33, stk. 3, 4. pkt.' };
/** R-ASY-037 (src:581–588): an appeal within 7 days of notification gives the right to stay until it is decided. */
const WITHIN_SEVEN_DAYS: Suspensive = { kind: 'within-days', days: SUSPENSIVE_APPEAL_DAYS, basis: '§ 33, stk. 3, 1. pkt.' };

export type Variant =
  | 'refusal-present-basis'
  | 'rejection-absconded'
  | 'refusal'
  | 'grant'
  | 'extension'
  | 'refusal-to-extend'
  | 'revocation';

export function appealFor(
  variant: Variant,
  stay: 'temporary' | 'permanent-possible' | null,
  letterDate: CivilDate,
  world: RulesWorld,
): Result<AppealGuidance> {
  switch (variant) {
    case 'grant':
    case 'extension':
      // The permit asked for is given: no appeal guidance is needed (forvaltningsloven § 25; anatomy.md).
      return ok({ kind: 'fully-granted', rules: ['R-ASY-036'] });
    case 'refusal-present-basis':
    case 'refusal': {
      // R-ASY-035: to the ministry, § 46 a, stk. 1; suspensive only for special reasons (§ 33, stk. 3, 4. pkt.).
      // Deadline and fee are not stated (OPEN): nothing is printed for them.
      const body = world.authorities.on('ministry/immigration', letterDate, 'data.letterDate');
      if (!body.ok) return body;
      return ok({
        kind: 'appeal',
        body: body.value,
        legalBasis: '§ 46 a, stk. 1',
        deadline: { kind: 'not-stated' },
        suspensive: SPECIAL_REASONS_ONLY,
        fee: { kind: 'not-stated' },
        rules: ['R-ASY-035'],
      });
    }
    case 'rejection-absconded':
      // R-ASY-034 names no appeal body for the rejection (§ 33, stk. 8): configured or refused.
      return configured(variant, 'R-ASY-034', null, letterDate, world);
    case 'refusal-to-extend':
    case 'revocation': {
      // R-ASY-037: the body is OPEN; the suspensive effect is the source's, by the kind of stay.
      const suspensive = stay === 'permanent-possible' ? WITHIN_SEVEN_DAYS : SPECIAL_REASONS_ONLY;
      return configured(variant, 'R-ASY-037', suspensive, letterDate, world);
    }
  }
}

/** The configured entry for the OPEN facts; the source's own suspensive rule wins where it states one. */
function configured(
  variant: Variant,
  openRule: string,
  /** The source's own suspensive rule, where it states one: it wins over the configured entry. */
  sourceSuspensive: Suspensive | null,
  letterDate: CivilDate,
  world: RulesWorld,
): Result<AppealGuidance> {
  const entry = world.appealConfiguration.for(LETTER_ID, variant, openRule);
  if (!entry.ok) return entry;
  const body = world.authorities.on(entry.value.body, letterDate, 'data.letterDate');
  if (!body.ok) return body;
  return ok({
    kind: 'appeal',
    body: body.value,
    legalBasis: entry.value.legalBasis,
    deadline: entry.value.deadline,
    suspensive: sourceSuspensive ?? entry.value.suspensive,
    fee: entry.value.fee,
    rules: [openRule, 'configured'],
  });
}
