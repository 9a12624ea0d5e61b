/** Follow-up actions in words: every kind, party and due rule has its words in Danish and English (staff words, errors.json). */
import { describe, expect, it } from 'vitest';
import { parseCivilDate } from '../../src/domain/civil-date.ts';
import { followUpLine } from '../../src/letters/follow-up-words.ts';
import { FOLLOW_UP_ACTION_KINDS, type FollowUpAction } from '../../src/letters/plan.ts';
import { testWorld } from '../support/world.ts';

const world = testWorld();
const asylum = (() => {
  const found = world.authorities.on('immigration-service/asylum', parseCivilDate('2017-03-20'), 'data.letterDate');
  if (!found.ok) throw new Error('no authority');
  return found.value;
})();

describe.each(['da', 'en'] as const)('follow-up words in %s', (language) => {
  const t = world.locales.translator(language);

  it.each([
    ...FOLLOW_UP_ACTION_KINDS.map((kind) => `action.${kind}`),
    'party.authority',
    'party.municipality',
    'party.expulsion-register',
    'due.with-the-letter',
    'due.when-sent-to-board',
    'line',
  ])('has %s', (key) => {
    expect(t.has(`errors:followUp.${key}`)).toBe(true);
  });

  it('a line names the action, the receiver, the day and who acts, with the R-ID', () => {
    const action: FollowUpAction = {
      action: 'notify-permit-lapsed',
      actor: asylum,
      to: { kind: 'municipality' },
      due: { kind: 'with-the-letter', date: parseCivilDate('2017-03-20') },
      rule: 'R-ASY-065',
    };
    const line = followUpLine(action, world.locales, language);
    // the day as the page shows dates: dd-mm-åååå in Danish
    expect(line).toContain(language === 'da' ? 'sammen med brevet den 20-03-2017' : 'with the letter on 2017-03-20');
    expect(line).toContain('Udlændingestyrelsen, Center for Asyl');
    expect(line).toContain('R-ASY-065');
    expect(line).toContain(language === 'da' ? 'til udlændingens kommune' : "to the person's municipality");
    expect(line).not.toMatch(/followUp\./); // no key shown in place of a word
  });
});
