/**
 * Overdue public debt (§ 11, stk. 3, nr. 4; R-PR-045; src:15061–15130): each debt with its amount and due date.
 * A debt is overdue from the day after its due date. Deferral under skatteforvaltningsloven makes it not overdue;
 * a deferral (henstand) keeps overdue debt from barring only while all deferred debt is within the year's limit;
 * a repayment plan does not help. Only the public debts of the reference's exhaustive list are input at all
 * (student loans and bank debt do not count).
 */
import type { CivilDate } from '../../domain/civil-date.ts';

export type PublicDebtType =
  | 'repayable-social-benefit'
  | 'advance-child-support'
  | 'day-care-payment'
  | 'excess-housing-benefit'
  | 'housing-grant-loan'
  | 'taxes-and-duties';

export interface Debt {
  readonly type: PublicDebtType;
  /** Kroner, øre allowed. */
  readonly amount: number;
  readonly dueDate: CivilDate;
  readonly deferral: 'none' | 'henstand' | 'tax-administration-deferral';
}

export interface DebtFinding {
  /** Overdue debt without a deferral: each bars. */
  readonly overdue: readonly Debt[];
  /** Overdue debt under a deferral (henstand), and its total. */
  readonly deferred: readonly Debt[];
  readonly deferredTotal: number;
  /** The limit of the year (null when no deferred debt needs one). */
  readonly limit: number | null;
  readonly met: boolean;
}

export const isOverdue = (debt: Debt, at: CivilDate): boolean =>
  debt.dueDate < at && debt.deferral !== 'tax-administration-deferral';

/** `limit` is the year's amount; the caller refuses a year without one before it asks (RULE_PR_AMOUNT_YEAR_UNKNOWN). */
export function debtFinding(debts: readonly Debt[], at: CivilDate, limit: number | null): DebtFinding {
  const due = debts.filter((d) => isOverdue(d, at));
  const overdue = due.filter((d) => d.deferral === 'none');
  const deferred = due.filter((d) => d.deferral === 'henstand');
  // Sum in øre: amounts like 113.850,57 must compare exactly.
  const deferredTotal = deferred.reduce((sum, d) => sum + Math.round(d.amount * 100), 0) / 100;
  const withinLimit = deferred.length === 0 || (limit !== null && deferredTotal <= limit);
  return {
    overdue,
    deferred,
    deferredTotal,
    limit: deferred.length > 0 ? limit : null,
    met: overdue.length === 0 && withinLimit,
  };
}
