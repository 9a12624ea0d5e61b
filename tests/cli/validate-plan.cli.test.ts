/**
 * `letters validate` shows where every authority's name and address came from (the data entry and its validity,
 * flagged where a change known only by public record is not in the data) and, where no letter is due, the letter
 * the officer must write instead (issue 11: authorities' validity; the travel-restriction refusal).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../src/domain/project-path.ts';

const validate = (...args: string[]) => {
  const run = spawnSync(process.execPath, [projectPath('bin/letters.js'), 'validate', ...args], {
    encoding: 'utf8',
    cwd: projectPath(''),
  });
  return { code: run.status, out: run.stdout };
};
const sample = (path: string) => projectPath(`samples/${path}`);

describe('letters validate', () => {
  it('lists the authority entries a decision prints, with validity, and flags the unverified rename', () => {
    const { code, out } = validate(sample('deportation-obstacle-decision/refusal.json'));
    expect(code).toBe(0);
    expect(out).toContain('authority ministry/immigration@2016-09-08 (valid from 2016-09-08 until a later entry replaces it;');
    expect(out).toContain('⚠ renamed Udlændinge- og Integrationsministeriet on 2016-11-28 by public record');
    expect(out).toContain('authority police/ucn@2015-01-01');
  });

  it('says which letter the officer must write when the travel-restriction application does not meet the requirements', () => {
    const file = sample('travel-restriction-lifting-guidance/no-letter-due--requirements-not-met.json');
    const text = validate(file);
    expect(text.code).toBe(0);
    expect(text.out).toContain(
      'instead   written by the officer: a decision refusing the application to lift the travel restriction',
    );
    expect(text.out).toContain('appeal guidance (forvaltningsloven § 25)');
    const json = JSON.parse(validate(file, '--json').out);
    expect(json).toMatchObject({ due: false, instead: { kind: 'written-by-officer', rule: 'R-ASY-051' } });
  });

  it('the plan JSON carries the entries too', () => {
    const json = JSON.parse(validate(sample('humanitarian-permit-info/sent.json'), '--json').out);
    expect(json.authorities.map((use: { entry: string }) => use.entry)).toEqual([
      'immigration-service/asylum@2015-01-01',
      'ministry/humanitarian-residence@2016-09-08',
    ]);
  });
});
