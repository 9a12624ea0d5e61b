/** The envelope window (print review D1, D2): an address that does not fit is refused with the field's code before anything is drawn. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { windowLineCapacity } from '../../src/delivery/window.ts';
import { projectPath } from '../../src/domain/project-path.ts';
import { composeLetter } from '../../src/engine.ts';
import { ENVELOPE_WINDOW, mm, RECIPIENT, WINDOW_CLEARANCE } from '../../src/pipeline/page-geometry.ts';
import { testWorld } from '../support/world.ts';

const sent = () =>
  JSON.parse(readFileSync(projectPath('samples/humanitarian-permit-info/sent.json'), 'utf8')) as {
    data: { applicant: Record<string, unknown>; address: Record<string, unknown> };
  } & Record<string, unknown>;

function withAddress(applicant: Record<string, unknown>, address: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const envelope = sent();
  return {
    ...envelope,
    ...extra,
    data: {
      ...envelope.data,
      applicant: { ...envelope.data.applicant, ...applicant },
      address: { ...envelope.data.address, ...address },
    },
  };
}

const problems = (envelope: unknown) => {
  const result = composeLetter(envelope, testWorld());
  return result.ok ? [] : result.diagnostics;
};

describe('the envelope window', () => {
  it('holds the recipient block with its clearance on every side', () => {
    expect(RECIPIENT.x).toBeGreaterThanOrEqual(ENVELOPE_WINDOW.left + WINDOW_CLEARANCE);
    expect(RECIPIENT.x + RECIPIENT.width).toBeLessThanOrEqual(ENVELOPE_WINDOW.left + ENVELOPE_WINDOW.width - WINDOW_CLEARANCE);
    expect(RECIPIENT.y).toBeGreaterThanOrEqual(ENVELOPE_WINDOW.top + WINDOW_CLEARANCE);
    // The window ends above the subject: a full window never reaches the body (FIRST_BODY_Y = 95 mm).
    expect(ENVELOPE_WINDOW.top + ENVELOPE_WINDOW.height).toBeLessThan(mm(95));
  });

  it('holds six lines of the body font (Noto Sans 10.5 pt, 1 pt gap)', () => {
    expect(windowLineCapacity(testWorld().fonts)).toBe(6);
  });

  it('takes every sample address as it is', () => {
    expect(problems(sent())).toEqual([]);
  });

  it("refuses the review's E4 (realistic, wraps to 7 lines): the too-long line is named", () => {
    const diagnostics = problems(
      withAddress(
        { name: 'Mohammed Abdulrahman Abdulkarim Al-Hashimi Al-Qurashi Bin Abdullah Al-Mutairi' },
        {
          careOf: 'Asylcenter Nordly, Afdeling for uledsagede mindreårige flygtninge, Bygning C, værelse 214',
          street: 'Skovbrynet 14, Indgang B, 2. sal tv.',
        },
      ),
    );
    expect(diagnostics).toEqual([
      { code: 'WINDOW_ADDRESS_LINE_TOO_LONG', path: 'data.applicant.name', params: { width: 80 } },
      { code: 'WINDOW_ADDRESS_LINE_TOO_LONG', path: 'data.address.careOf', params: { width: 80 } },
    ]);
  });

  it("refuses the review's E1 (each field near the 200-character limit)", () => {
    const name = 'Mohammed Abdulrahman Abdulkarim Al-Hashimi '.repeat(5).slice(0, 200).trim();
    const careOf = 'Asylcenter Nordly Afdeling for uledsagede mindreårige '.repeat(4).slice(0, 200).trim();
    const street = 'Skovbrynet 14, Indgang B, 2. sal tv. '.repeat(6).slice(0, 200).trim();
    const codes = problems(withAddress({ name }, { careOf, street })).map((d) => `${d.code} ${d.path}`);
    expect(codes).toEqual([
      'WINDOW_ADDRESS_LINE_TOO_LONG data.applicant.name',
      'WINDOW_ADDRESS_LINE_TOO_LONG data.address.careOf',
      'WINDOW_ADDRESS_LINE_TOO_LONG data.address.street',
    ]);
  });

  it("draws a name in Arabic or Ethiopic script in the window with its script's font (review D2)", () => {
    for (const name of ['فريدة أحمدي', 'ሰላም ተስፋይ']) {
      expect(problems(withAddress({ name }, {}, { languages: ['da', 'ar'] }))).toEqual([]);
    }
  });

  it('refuses a name in a script no bundled font has, at its field, never a box', () => {
    const atName = problems(withAddress({ name: '法里达 艾哈迈迪' }, {}, { languages: ['da', 'ar'] })).filter(
      (d) => d.path === 'data.applicant.name',
    );
    expect(atName.map((d) => d.code)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(INPUT_CHARACTER_NOT_PRINTABLE|WINDOW_GLYPH_MISSING)$/)]),
    );
  });

  it('prints an address abroad with its country line last, in capitals; seven lines are one too many', () => {
    const abroad = { lines: ['Hauptstraße 1', '10115 Berlin'], country: 'Tyskland' };
    const result = composeLetter({ ...sent(), delivery: { channel: 'letter-post', abroad } }, testWorld());
    const recipient = result.ok && result.value.kind === 'letter' ? result.value.document.parts[0]?.frame.recipient : null;
    expect(recipient).toEqual(['Farida Ahmadi', 'Hauptstraße 1', '10115 Berlin', 'TYSKLAND']);
    const four = { lines: ['a 1', 'b 2', 'c 3', 'd 4'], country: 'Tyskland' };
    expect(problems({ ...sent(), delivery: { channel: 'letter-post', abroad: four } })).toEqual([]);
    const five = { lines: ['a 1', 'b 2', 'c 3', 'd 4', 'e 5'], country: 'Tyskland' };
    expect(problems({ ...sent(), delivery: { channel: 'letter-post', abroad: five } })).toEqual([
      { code: 'WINDOW_ADDRESS_TOO_MANY_LINES', path: 'delivery.abroad.country', params: { maximum: 6 } },
    ]);
  });
});
