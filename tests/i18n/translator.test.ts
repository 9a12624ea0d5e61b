/**
 * The translator remembers what cannot change (a key's existence, a string without values) and
 * interpolates the rest on every call: the same strings as i18next, and the same refusals.
 */
import { describe, expect, it } from 'vitest';
import { loadLocales, MissingValueError } from '../../src/i18n/locales.ts';

const locales = loadLocales();

describe('translator', () => {
  it('gives what i18next gives, on the first call and on later ones', () => {
    const t = locales.translator('da');
    const direct = locales.i18n.getFixedT('da');
    for (let round = 0; round < 2; round++) {
      expect(t.plain('common:reference.date')).toBe(direct('common:reference.date'));
      expect(t.plain('common:page', { x: 1, y: 2 })).toBe('Side 1 af 2');
      expect(t.plain('common:page', { x: 3, y: 4 })).toBe('Side 3 af 4');
      expect(t.markup('common:closing.greeting', {})).toBe('Med venlig hilsen');
    }
  });

  it('escapes values in markup and not in plain text, whichever is asked first', () => {
    const t = locales.translator('en');
    const caseNumber = '<b>&';
    expect(t.plain('common:footer.caseNumber', { caseNumber })).toContain('<b>&');
    expect(t.markup('common:footer.caseNumber', { caseNumber })).toContain('&lt;b&gt;&amp;');
    expect(t.plain('common:footer.caseNumber', { caseNumber })).toContain('<b>&');
  });

  it('answers null for a missing key every time, and refuses a missing value every time', () => {
    const t = locales.translator('da');
    expect(t.has('common:no.such.key')).toBe(false);
    expect(t.plain('common:no.such.key')).toBeNull();
    expect(t.markup('common:no.such.key')).toBeNull();
    expect(() => t.plain('common:page')).toThrow(MissingValueError);
    expect(() => t.plain('common:page')).toThrow(MissingValueError);
  });
});
