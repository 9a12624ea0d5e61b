/** The `letters` command as a user runs it: exit codes, output, and nothing written when it must not be. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../src/domain/project-path.ts';

const letters = (...args: string[]) => {
  const run = spawnSync(process.execPath, [projectPath('bin/letters.js'), ...args], { encoding: 'utf8', cwd: projectPath('') });
  return { code: run.status, out: run.stdout, err: run.stderr };
};
const samplePath = (path: string) => projectPath(`samples/${path}`);

describe('letters', () => {
  it('list shows the letter types with their Danish titles, variants and languages', () => {
    const { code, out } = letters('list');
    expect(code).toBe(0);
    expect(out).toContain('humanitarian-permit-info  Vejledning om ansøgning om humanitær opholdstilladelse (§ 9 b)  (info)');
    expect(out).toContain('extension-refused-reopened');
    // a variant in Danish next to its id, the English on the line below
    expect(out).toMatch(
      /^ {4}sent +afgjort efter samtalen; sendes til ansøgeren \(R-ASY-011\)\n {5,}decided after the interview/m,
    );
    expect(out).toMatch(/languages: .*da \(master\), en \(draft\)/);
  });

  it('list --template finds letter types by the agency template number; an unknown number or no digits is refused', () => {
    const known = letters('list', '--template', 'standard 705');
    expect(known.code).toBe(0);
    expect(known.out).toMatch(/^ko1-info-18 {2}KO1: .+ {2}\(info\) {2}\[standard 705, 929\]$/m);
    expect(known.out).toMatch(/info-705 +\[standard 705\]/);
    expect(known.out).not.toContain('humanitarian-permit-info');
    const unknown = letters('list', '--template', '999');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('no letter type has template number 999');
    const bad = letters('list', '--template', 'abc');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('a template number is digits');
  });

  it('validate says OK with the variant and the rules that chose it', () => {
    const { code, out } = letters('validate', samplePath('reopening-guidance/extension-refused-board.json'));
    expect(code).toBe(0);
    expect(out).toContain('OK  reopening-guidance · variant extension-refused-board');
    expect(out).toContain('R-ASY-023');
  });

  it('validate shows what the office must do besides sending the letter (follow-up actions), in words and in JSON', () => {
    const sample = samplePath('asylum-refusal-removal/expelled-removal-barred.json');
    const { code, out } = letters('validate', sample);
    expect(code).toBe(0);
    expect(out).toContain('follow-up Send a copy of the expulsion judgment – to Flygtningenævnet; with the letter on 2016-11-22');
    expect(out).toContain(
      "follow-up Tell that the residence permit has lapsed, udlændingelovens § 32, stk. 1, jf. § 44 a, stk. 1, nr. 4 – to the person's municipality",
    );
    const json = JSON.parse(letters('validate', '--json', sample).out);
    expect(json.followUp.map((a: { action: string; rule: string }) => `${a.action} ${a.rule}`)).toEqual([
      'send-judgment-copy-for-registers R-ASY-065',
      'send-judgment-copy R-ASY-065',
      'notify-permit-lapsed R-ASY-065',
    ]);
    expect(json.followUp[2]).toMatchObject({ actor: 'immigration-service/asylum', to: { kind: 'municipality' } });
    expect(letters('validate', samplePath('reopening-guidance/extension-refused-board.json')).out).not.toContain('follow-up');
  });

  it('validate lists every problem by path and exits 1', () => {
    const { code, err } = letters('validate', samplePath('reopening-guidance/invalid/RULE_REOPENING_US_NORMAL_PROCEDURE.json'));
    expect(code).toBe(1);
    expect(err).toContain('data.asylumCase.procedure: an asylum case cannot be finally decided by US in the normal procedure');
  });

  it('render writes the PDF; a bad input or no letter due writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'letters-'));
    const good = letters('render', samplePath('humanitarian-permit-info/handed.json'), '-o', join(dir, 'a.pdf'));
    expect(good.code).toBe(0);
    expect(readFileSync(join(dir, 'a.pdf')).subarray(0, 5).toString()).toBe('%PDF-');

    const bad = letters(
      'render',
      samplePath('humanitarian-permit-info/invalid/RULE_DATE_NOT_SAME_DAY.json'),
      '-o',
      join(dir, 'b.pdf'),
    );
    expect(bad.code).toBe(1);
    expect(existsSync(join(dir, 'b.pdf'))).toBe(false);

    const withFollowUp = letters('render', samplePath('torture-expedite-notice/accepted.json'), '-o', join(dir, 'd.pdf'));
    expect(withFollowUp.code).toBe(0);
    expect(withFollowUp.out).toContain('follow-up Ask for the case to be scheduled urgently');
    expect(good.out).not.toContain('follow-up');

    const none = letters('render', samplePath('reopening-guidance/no-letter-due.json'), '-o', join(dir, 'c.pdf'));
    expect(none.code).toBe(3);
    expect(none.out).toContain('No letter is due');
    expect(existsSync(join(dir, 'c.pdf'))).toBe(false);
  });

  it('an unreadable or non-JSON file is a usage error (2), and the message quotes no content', () => {
    expect(letters('validate', '/nonexistent.json').code).toBe(2);
    const notJson = letters('validate', projectPath('README.md'));
    expect(notJson.code).toBe(2);
    expect(notJson.err).toMatch(/is not valid JSON/);
    expect(notJson.err).not.toContain('Decision letters');
  });
});
