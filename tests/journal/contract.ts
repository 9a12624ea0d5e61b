/** What every journal store must do; run against SQLite and PostgreSQL alike. */
import { expect, it } from 'vitest';
import { parseCivilDate } from '../../src/domain/civil-date.ts';
import { type Journal, journalEntryFor } from '../../src/journal/journal.ts';
import type { FollowUpRecord } from '../../src/letters/plan.ts';

const referral: FollowUpRecord = {
  action: 'refer-test-case',
  actor: 'immigration-service/asylum',
  to: { kind: 'authority', authority: 'refugee-appeals-board' },
  due: { kind: 'with-the-letter', date: parseCivilDate('2017-03-01') },
  rule: 'R-ASY-048',
};

const facts = (caseNumber: string, name: string, followUp: readonly FollowUpRecord[] = []) => ({
  keyId: 'k1',
  role: 'officer',
  envelope: { letter: 'reopening-guidance', languages: ['da', 'en'], data: { caseNumber, applicant: { name } } },
  variant: 'extension-granted',
  caseNumber,
  contentVersion: 'c'.repeat(64),
  pdf: new TextEncoder().encode(`%PDF-1.3 ${name}`),
  followUp,
});

export function journalContract(open: () => Promise<Journal>, reopen: () => Promise<Journal>) {
  it('records letters and lists a case in time order, without other cases', async () => {
    const journal = await open();
    const first = journalEntryFor(facts('2017/1', 'A'), new Date('2017-01-01T10:00:00Z'));
    const second = journalEntryFor(facts('2017/1', 'B'), new Date('2017-01-02T10:00:00Z'));
    const other = journalEntryFor(facts('2017/2', 'C'), new Date('2017-01-01T11:00:00Z'));
    for (const entry of [second, other, first]) await journal.record(entry);
    const listed = await journal.byCase('2017/1');
    expect(listed.map((e) => e.id)).toEqual([first.id, second.id]);
    const { input: _input, ...withoutInput } = first;
    expect(listed[0]).toEqual(withoutInput);
    expect(await journal.byCase('2017/3')).toEqual([]);
    expect(await journal.get(other.id)).toEqual(other);
    expect(await journal.get('00000000-0000-0000-0000-000000000000')).toBeNull();
    expect(await journal.ping()).toBe(true);
  });

  it('records the follow-up actions with the letter, typed, and lists them with the case', async () => {
    const journal = await open();
    const withAction = journalEntryFor(facts('2017/5', 'R', [referral]));
    const without = journalEntryFor(facts('2017/5', 'S'), new Date(Date.now() + 1000));
    await journal.record(withAction);
    await journal.record(without);
    expect((await journal.byCase('2017/5')).map((e) => e.followUp)).toEqual([[referral], []]);
    expect((await journal.get(withAction.id))?.followUp).toEqual([referral]);
  });

  it('migrations run once: reopening keeps the letters', async () => {
    const entry = journalEntryFor(facts('2017/9', 'Z'));
    const journal = await open();
    await journal.record(entry);
    await journal.close();
    const again = await reopen();
    expect(await again.get(entry.id)).toEqual(entry);
    await again.close();
  });
}
