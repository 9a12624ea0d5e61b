/**
 * The translator view's table, on the broken fixture: every string the language owes (plural forms
 * expanded to the language's CLDR forms, the Danish "other" form beside them), missing and stale
 * strings named, the origin of the Danish only where its meta entry is valid, placeholders from the Danish.
 */
import { describe, expect, it } from 'vitest';
import { readLocaleTree } from '../../src/i18n/locale-tree.ts';
import { sideBySide, translatableLetters } from '../../src/i18n/side-by-side.ts';
import { statusTable } from '../../src/i18n/status.ts';

const tree = readLocaleTree(new URL('fixtures/broken', import.meta.url).pathname);
const row = (view: ReturnType<typeof sideBySide>, key: string) =>
  view.rows.find((r) => r.namespace === 'letter-a' && r.key === key);

describe('the side-by-side table', () => {
  it('offers the Danish letters, not common or errors', () => {
    expect(translatableLetters(tree)).toEqual(['letter-a', 'letter-b']);
  });

  it('names missing and stale strings, and shows the translation beside the Danish', () => {
    const view = sideBySide(tree, 'letter-a', 'en');
    expect(row(view, 'title')).toMatchObject({ danish: 'Afgørelse', translation: null, status: 'missing', origin: 'composed' });
    expect(row(view, 'deadline')).toMatchObject({ translation: 'The time limit is four weeks.', status: 'stale' });
    expect(row(view, 'body')?.placeholders).toEqual(['{{date}}']);
    expect(row(view, 'wrongOrigin')?.origin).toBeNull(); // "invented" is no origin: the check reports it
    expect(view.rows.filter((r) => r.namespace === 'common').every((r) => r.status === 'missing')).toBe(true);
    expect(view.summary).toEqual(statusTable(tree).cells.get('letter-a:en'));
  });

  it("expands plurals to the language's forms, each beside the Danish it is made from", () => {
    const view = sideBySide(tree, 'letter-a', 'ar');
    const forms = view.rows.filter((r) => r.key.startsWith('days_')).map((r) => r.key);
    expect(forms).toEqual(['days_zero', 'days_one', 'days_two', 'days_few', 'days_many', 'days_other']);
    expect(row(view, 'days_few')).toMatchObject({ danish: '{{count}} dage', translation: null, status: 'missing' });
  });

  it('a language without the letter: every string missing, no summary', () => {
    const view = sideBySide(tree, 'letter-b', 'fr');
    expect(view.summary).toBeNull();
    expect(view.rows.filter((r) => r.namespace === 'letter-b').every((r) => r.status === 'missing')).toBe(true);
  });
});
