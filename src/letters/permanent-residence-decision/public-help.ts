/**
 * Public help (§ 11, stk. 3, nr. 5; R-PR-046; src:12878–12882, 15131–15192): help under lov om aktiv socialpolitik
 * or integrationsloven received within the 3 years before the application was filed, or from then until the
 * decision, bars. The 3 years are exactly 3 years: from the filing date 3 years back (that day included) to the
 * day before filing. Single small amounts not related to support and benefits that equal or replace pay or
 * pension do not bar; help not under those acts (SU, dagpenge, pensions, boligstøtte …) is not input at all.
 */
import { addDays, type CivilDate } from '../../domain/civil-date.ts';
import { addYears, intersect, type Period } from '../../domain/periods.ts';

export interface HelpPeriod extends Period {
  readonly kind: 'support' | 'single-small-amount' | 'replaces-pay-or-pension';
}

export interface HelpFinding {
  readonly window: Period;
  /** The help that bars, each period cut to the window. */
  readonly barring: readonly Period[];
  readonly met: boolean;
}

export const helpWindow = (filingDate: CivilDate, at: CivilDate): Period => ({
  from: addYears(filingDate, -3),
  to: addDays(at, -1),
});

export function helpFinding(help: readonly HelpPeriod[], filingDate: CivilDate, at: CivilDate): HelpFinding {
  const window = helpWindow(filingDate, at);
  const barring = help
    .filter((h) => h.kind === 'support')
    .map((h) => intersect(h, window))
    .filter((p): p is Period => p !== null);
  return { window, barring, met: barring.length === 0 };
}
