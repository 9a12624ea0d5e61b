/**
 * Two small pieces the family letters added: amounts of kroner as each language writes them (never "6.100,5"), and
 * the guard that a decision variant inside an info letter type (`decisionVariants`) never goes out without appeal
 * guidance.
 */
import { describe, expect, it } from 'vitest';
import { ok } from '../../src/diagnostics/diagnostic.ts';
import { planLetter } from '../../src/engine.ts';
import { formatKroner } from '../../src/i18n/format.ts';
import { catalogue } from '../../src/letters/catalogue.ts';
import { sample } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

describe('formatKroner', () => {
  it.each([
    [6300, 'da', '6.300'],
    [6100.5, 'da', '6.100,50'],
    [54289.48, 'da', '54.289,48'],
    [209.99, 'en', '209.99'],
    [6300, 'en', '6,300'],
    [0.1, 'da', '0,10'],
  ] as const)('%s in %s → %s', (value, language, expected) => {
    expect(formatKroner(value, language)).toBe(expected);
  });
});

describe('decisionVariants', () => {
  it('a decision variant of an info letter type without appeal guidance is a bug, never a letter', () => {
    const letter = catalogue.find((l) => l.id === 'fee-refund');
    if (!letter) throw new Error('fee-refund missing');
    const refusalWithoutAppeal = { ...planOf('refund-refusal'), appeal: null };
    const broken = { ...letter, decide: () => ok({ due: true as const, plan: refusalWithoutAppeal }) };
    const index = catalogue.indexOf(letter);
    (catalogue as unknown as (typeof letter)[])[index] = broken;
    try {
      expect(() => planLetter(sample('fee-refund', 'refund-notice'), testWorld())).toThrow(
        /decision plan without appeal guidance/,
      );
    } finally {
      (catalogue as unknown as (typeof letter)[])[index] = letter;
    }
  });

  it('an info variant of the same letter type goes out without', () => {
    const result = planLetter(sample('fee-refund', 'refund-notice'), testWorld());
    expect(result.ok && result.value.outcome.due && result.value.outcome.plan.appeal).toBeNull();
  });
});

function planOf(variant: string) {
  const result = planLetter(sample('fee-refund', 'refund-notice'), testWorld());
  if (!result.ok || !result.value.outcome.due) throw new Error('expected a plan');
  return { ...result.value.outcome.plan, variant };
}
