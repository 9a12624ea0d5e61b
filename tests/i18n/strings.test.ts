/** The two judgements made of every string: its placeholders and its markup. */
import { describe, expect, it } from 'vitest';
import { markupProblem } from '../../src/i18n/markup-check.ts';
import { placeholderDifference, placeholderSignature } from '../../src/i18n/placeholders.ts';
import { pluralCategories } from '../../src/i18n/plurals.ts';

describe('placeholders', () => {
  it('reads names, formats (types), unescaped values and nested strings', () => {
    expect(placeholderSignature('{{date}} {{ count, number }} {{- name}} $t(common:page)')).toEqual([
      '$t(common:page)',
      '{{- name}}',
      '{{count, number}}',
      '{{date}}',
    ]);
  });

  it('accepts the same placeholders in another order, refuses a renamed, dropped, added, retyped or unescaped one', () => {
    expect(placeholderDifference('{{a}} og {{b}}', '{{b}} and {{a}}')).toBeNull();
    expect(placeholderDifference('{{date}}', '{{dato}}')).not.toBeNull();
    expect(placeholderDifference('{{a}} {{b}}', '{{a}}')).not.toBeNull();
    expect(placeholderDifference('{{a}}', '{{a}} {{a}}')).not.toBeNull();
    expect(placeholderDifference('{{d, datetime}}', '{{d}}')).not.toBeNull();
    // `number` only writes the same value in the language's digits (Persian ۸): a translation may add it
    expect(placeholderDifference('{{n}} uger', '{{n, number}} هفته')).toBeNull();
    expect(placeholderDifference('{{name}}', '{{- name}}')).not.toBeNull();
  });
});

describe('markup in strings', () => {
  it('accepts plain text, the inline subset and balanced block markup', () => {
    expect(markupProblem('Du kan klage.')).toBeNull();
    expect(markupProblem('Du har <strong>ret</strong> til <em>at</em> klage.<br>Ny linje')).toBeNull();
    expect(markupProblem('<ul><li>et</li><li>to</li></ul>')).toBeNull();
    expect(markupProblem('<p class="note">Bemærk</p>')).toBeNull();
  });

  it('refuses tags outside the subset, unbalanced or misplaced tags and a bare "<"', () => {
    expect(markupProblem('Se <b>her</b>')).toMatch(/<b> is not in the letter markup subset/);
    expect(markupProblem('<a href="x">her</a>')).toMatch(/<a>/);
    expect(markupProblem('<strong>ret')).toMatch(/never closed/);
    expect(markupProblem('ret</em>')).toMatch(/unbalanced <\/em>/);
    expect(markupProblem('<strong>a<em>b</strong></em>')).toMatch(/unbalanced/);
    expect(markupProblem('<li>alone</li>')).toMatch(/<li> inside <root>/);
    expect(markupProblem('<p class="big">x</p>')).toMatch(/class="big"/);
    expect(markupProblem('1 < 2')).toMatch(/&lt;/);
  });
});

describe('plural categories', () => {
  it('come from CLDR per language', () => {
    expect(pluralCategories('da')).toEqual(['one', 'other']);
    expect(pluralCategories('ar')).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(pluralCategories('ru')).toEqual(['one', 'few', 'many', 'other']);
  });
});
