/** Digital Post: the MeMo message of a letter, validated against the element model (memo-model.ts) for every case it is made. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { xml2js } from 'xml-js';
import { loadMemoConfiguration } from '../../src/delivery/memo-configuration.ts';
import { validateMemo } from '../../src/delivery/memo-model.ts';
import { type MemoRendered, renderMemo } from '../../src/delivery/render-memo.ts';
import { loadAuthorities } from '../../src/domain/authorities.ts';
import { projectPath } from '../../src/domain/project-path.ts';
import type { World } from '../../src/engine.ts';
import { testWorld } from '../support/world.ts';

const configuration = loadMemoConfiguration(projectPath('tests/fixtures/digital-post.fixture.json'));
const CPR = '0101901234';
const digitalPost = { channel: 'digital-post', recipient: { cpr: CPR } };
const sample = (letter: string, name: string) =>
  JSON.parse(readFileSync(projectPath(`samples/${letter}/${name}.json`), 'utf8')) as Record<string, unknown>;

async function memoOf(envelope: Record<string, unknown>, world: World = testWorld()) {
  const result = await renderMemo({ ...envelope, delivery: envelope.delivery ?? digitalPost }, world, configuration);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.value as Extract<MemoRendered, { kind: 'letter' }>;
}

/** The text of the first element with this local name. */
const textOf = (xml: string, name: string): string | null =>
  new RegExp(`<memo:${name}>([^<]*)</memo:${name}>`).exec(xml)?.[1] ?? null;
const allTexts = (xml: string, name: string) =>
  [...xml.matchAll(new RegExp(`<memo:${name}>([^<]*)</memo:${name}>`, 'g'))].map((m) => m[1]);

describe('the MeMo message of an info letter', () => {
  let memo: string;
  beforeAll(async () => {
    memo = (await memoOf(sample('humanitarian-permit-info', 'sent'))).memo;
  });

  it('conforms to the element model', () => {
    expect(validateMemo(memo)).toEqual([]);
  });

  it('says who sends it to whom, about which case, with the subject as label', () => {
    expect(memo).toContain('<memo:Message xmlns:memo="https://DigitalPost.dk/MeMo-1" memoVersion="1.1" memoSchVersion="1.1.0">');
    expect(textOf(memo, 'messageType')).toBe('DIGITALPOST');
    expect(textOf(memo, 'senderID')).toBe('10101018');
    expect(allTexts(memo, 'idType')).toEqual(['CVR', 'CPR']);
    expect(textOf(memo, 'recipientID')).toBe(CPR);
    expect(textOf(memo, 'caseID')).toBe('2016/118230');
    expect(textOf(memo, 'caseSystem')).toBe('Udlændingestyrelsen');
    expect(textOf(memo, 'label')).toMatch(/humanitær opholdstilladelse/i);
    expect(textOf(memo, 'emailAddress')).toBe('us@us.dk');
  });

  it('is no notification with legal effect (an info letter, data/memo-notification.json)', () => {
    expect([textOf(memo, 'mandatory'), textOf(memo, 'legalNotification')]).toEqual(['false', 'false']);
  });

  it('carries the letter as its main document: a PDF in Danish', () => {
    expect(textOf(memo, 'encodingFormat')).toBe('application/pdf');
    expect(textOf(memo, 'language')).toBe('da');
    expect(textOf(memo, 'filename')).toBe('2016-118230-humanitarian-permit-info.pdf');
    expect(
      Buffer.from(textOf(memo, 'content') ?? '', 'base64')
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(memo).not.toContain('AdditionalDocument');
  });

  it('is the same message when rendered again, and another for another recipient', async () => {
    expect((await memoOf(sample('humanitarian-permit-info', 'sent'))).memo).toBe(memo);
    const other = await memoOf({
      ...sample('humanitarian-permit-info', 'sent'),
      delivery: { channel: 'digital-post', recipient: { cpr: '0202902345' } },
    });
    expect(textOf(other.memo, 'messageUUID')).not.toBe(textOf(memo, 'messageUUID'));
  });
});

describe('the MeMo message of a decision with a companion letter', () => {
  // The police copy can be posted only with a postal address: a fixture gives one (the real data has none yet).
  const world = (): World => ({
    ...testWorld(),
    authorities: loadAuthorities(projectPath('tests/fixtures/authorities-with-copy-addresses.fixture.json')),
    fonts: testWorld().fonts,
  });
  let result: Extract<MemoRendered, { kind: 'letter' }>;
  beforeAll(async () => {
    result = await memoOf(sample('deportation-obstacle-decision', 'extension--with-reopening-guidance'), world());
  });

  it('conforms to the element model', () => {
    expect(validateMemo(result.memo)).toEqual([]);
  });

  it('is a notification with legal effect', () => {
    expect([textOf(result.memo, 'mandatory'), textOf(result.memo, 'legalNotification')]).toEqual(['true', 'true']);
  });

  it('has the companion as an additional document, and not the copy to the police', () => {
    expect(allTexts(result.memo, 'filename')).toEqual([
      '2014-061233-deportation-obstacle-decision.pdf',
      '2014-061233-reopening-guidance.pdf',
    ]);
    expect(result.documents.map((d) => d.role)).toEqual(['letter', 'companion', 'copy']);
  });
});

describe('a hearing', () => {
  it('is a notification with legal effect (byLetter in data/memo-notification.json)', async () => {
    const { memo } = await memoOf(sample('conflict-zone-hearing', 'hearing'));
    expect(validateMemo(memo)).toEqual([]);
    expect([textOf(memo, 'mandatory'), textOf(memo, 'legalNotification')]).toEqual(['true', 'true']);
  });
});

describe('refusals', () => {
  it('needs the digital-post channel', async () => {
    const result = await renderMemo(
      { ...sample('humanitarian-permit-info', 'sent'), delivery: { channel: 'letter-post' } },
      testWorld(),
      configuration,
    );
    expect(result.ok ? [] : result.diagnostics).toEqual([{ code: 'MEMO_NOT_DIGITAL_POST', path: 'delivery' }]);
  });

  it('needs a configured sender id: the real data has none yet, and none is guessed', async () => {
    const result = await renderMemo({ ...sample('humanitarian-permit-info', 'sent'), delivery: digitalPost }, testWorld());
    expect(result.ok ? [] : result.diagnostics).toEqual([
      { code: 'MEMO_SENDER_NOT_CONFIGURED', path: '', params: { authority: 'immigration-service/asylum' } },
    ]);
  });
});

it('escapes text: the message stays well-formed XML', async () => {
  const { memo } = await memoOf(sample('humanitarian-permit-info', 'sent'));
  expect(() => xml2js(memo)).not.toThrow();
});
