/** The translators' commands as a shell runs them: exit codes and what they print. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { readPdf } from '../support/pdf-text.ts';

const letters = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/interfaces/cli/main.ts', 'i18n', ...args], { encoding: 'utf8' });
const scratch = mkdtempSync(`${tmpdir()}/i18n-cli-`);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const fixture = (name: string) => new URL(`fixtures/${name}`, import.meta.url).pathname;

describe('letters i18n (CLI)', () => {
  it('check passes on the repository and fails on a broken tree, each finding with file, key and fix', () => {
    expect(letters('check').status).toBe(0);
    const broken = letters('check', '--locales', fixture('broken'));
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(
      /broken\/en\/letter-a\.json: body: placeholders \{\{dato\}\}, but the Danish has \{\{date\}\}: use exactly the Danish placeholders.*\[LOCALE_PLACEHOLDERS_DIFFER\]/,
    );
  });

  it('status fits an 80-column terminal: per language, how many strings of how many letters stand how', () => {
    const result = letters('status');
    expect(result.status).toBe(0);
    for (const line of result.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    expect(result.stdout).toMatch(/^language\s+letters\s+strings\s+missing\s+stale\s+draft\s+reviewed\s+approved$/m);
    expect(result.stdout).toMatch(/^ar\s+\d+\/\d+\s+\d+\s+\d+\s+\d+\s+\d+\s+\d+\s+\d+$/m);
    const clean = letters('status', '--locales', fixture('clean')).stdout;
    // en: common approved (2 strings), letter-a reviewed (4); ar: 2 common + 8 letter strings (6 Arabic plural forms), drafts
    expect(clean).toMatch(/^en\s+1\/1\s+6\s+0\s+0\s+0\s+4\s+2$/m);
    expect(clean).toMatch(/^ar\s+1\/1\s+10\s+0\s+0\s+10\s+0\s+0$/m);
  });

  it('status --wide prints the letter × language table', () => {
    const result = letters('status', '--wide', '--locales', fixture('clean'));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^language\s+letter-a$/m); // more languages than letters: one row per language
    expect(result.stdout).toMatch(/^ar\s+complete · draft$/m);
    expect(result.stdout).toMatch(/^en\s+complete · reviewed$/m);
  });

  it('export refuses Danish and an unknown format (usage, exit 2)', () => {
    expect(letters('export', '--lang', 'da').status).toBe(2);
    expect(letters('export', '--lang', 'en', '--format', 'po').status).toBe(2);
  });

  it('preview shows an edited XLIFF as if imported, and leaves locales/ untouched', async () => {
    const xlf = `${scratch}/en.xlf`;
    expect(letters('export', '--lang', 'en', '--letter', 'reopening-guidance', '-o', xlf).status).toBe(0);
    const before = readFileSync('locales/en/reopening-guidance.json', 'utf8');
    const edited = readFileSync(xlf, 'utf8').replace(
      '<target state="translated">You may therefore ask for your asylum case to be re-opened.</target>',
      '<target state="translated">You may therefore request that your asylum case be re-opened.</target>',
    );
    writeFileSync(xlf, edited);
    const preview = letters(
      'preview',
      'reopening-guidance/extension-refused-board',
      '--lang',
      'en',
      '--xliff',
      xlf,
      '--out',
      scratch,
    );
    expect(preview.status).toBe(0);
    const { pages } = await readPdf(
      new Uint8Array(readFileSync(`${scratch}/reopening-guidance--extension-refused-board.en.pdf`)),
    );
    expect(pages.join(' ').replace(/\s+/g, ' ')).toContain('You may therefore request that your asylum case be re-opened.');
    expect(readFileSync('locales/en/reopening-guidance.json', 'utf8')).toBe(before);
  });

  it('import reads a UTF-16 file (with its byte order mark) as a tool saved it, and refuses a truncated one whole', () => {
    const xlf = `${scratch}/utf16.xlf`;
    expect(letters('export', '--lang', 'en', '--letter', 'reopening-guidance', '-o', xlf).status).toBe(0);
    const text = readFileSync(xlf, 'utf8');
    writeFileSync(
      xlf,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace('encoding="UTF-8"', 'encoding="UTF-16"'), 'utf16le')]),
    );
    const same = letters('import', xlf, '--lang', 'en', '--dry-run');
    expect(same.stdout).toContain('No changes');
    writeFileSync(xlf, text.slice(0, Math.floor(text.length / 2)));
    const cut = letters('import', xlf, '--lang', 'en', '--dry-run');
    expect(cut.status).toBe(1);
    expect(cut.stderr).toMatch(/not well-formed XML: Unclosed root tag.*\[XLIFF_INVALID\]/);
    expect(cut.stderr).toContain('Nothing was written.');
  });
});
