/**
 * README's language table is generated from the locale files: the README says what the files say
 * (regenerate with `npm run readme:languages`), and the generator counts what the files hold.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../src/domain/project-path.ts';
import { languageTable, TABLE_END, TABLE_START, withLanguageTable } from '../../src/i18n/language-table.ts';
import { readLocaleTree } from '../../src/i18n/locale-tree.ts';

const fixture = (name: string) => readLocaleTree(new URL(`fixtures/${name}`, import.meta.url).pathname);

describe("README's language table", () => {
  it('is the table the locale files give (else: npm run readme:languages)', () => {
    const readme = readFileSync(projectPath('README.md'), 'utf8');
    expect(readme).toContain(TABLE_START);
    expect(withLanguageTable(readme, languageTable(readLocaleTree()))).toBe(readme);
  });

  it('counts letter types, translated strings (plural forms per language) and review status from the files', () => {
    expect(languageTable(fixture('clean')).split('\n').slice(2)).toEqual([
      '| `en` | English | Latin | 1 of 1 | 6 of 6 | 4 reviewed · 2 approved |',
      '| `ar` | Arabic | Arabic, right to left | 1 of 1 | 10 of 10 | all draft |',
    ]);
  });

  it('replaces only what lies between the markers, and refuses a README without them', () => {
    const readme = `# x\n\n${TABLE_START}\n| old |\n${TABLE_END}\n\nafter\n`;
    expect(withLanguageTable(readme, '| new |')).toBe(`# x\n\n${TABLE_START}\n| new |\n${TABLE_END}\n\nafter\n`);
    expect(withLanguageTable('# x\n', '| new |')).toBeNull();
  });
});
