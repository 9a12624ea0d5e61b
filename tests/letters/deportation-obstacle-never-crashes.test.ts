/** The § 9 c, stk. 2 letters and the advice letters: whatever the fields hold, planning answers; it never throws (fast-check, fixed seed). */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { planLetter } from '../../src/engine.ts';
import { sample } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const bases = [
  sample('deportation-obstacle-decision', 'refusal-present-basis--short-deferral'),
  sample('deportation-obstacle-decision', 'extension--with-reopening-guidance'),
  sample('deportation-obstacle-decision', 'invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--refusal-to-extend'),
  sample('deportation-obstacle-acknowledgement', 'processing'),
  sample('travel-restriction-lifting-guidance', 'advice'),
  sample('decision-move-back-to-asylum-centre', 'invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--decision'),
];
const fields = [
  'letterDate',
  'asylumApplicationDate',
  'finalAsylumRefusalDate',
  'latestDepartureDeadline',
  'applicationDate',
  'shortDeferral',
  'permit',
  'moveBy',
  'replyBy',
] as const;
const requestFields = [
  'type',
  'applicationDate',
  'permit',
  'outcome',
  'shortDeferral',
  'unmetConditions',
  'section26Assessment',
  'asylumCase',
] as const;
const value = fc.oneof(
  fc.anything(),
  fc.constantFrom('2016-02-29', '2017-02-29', '1994-06-30', 'permanent-possible', 'temporary'),
);

it('planLetter never throws, whatever the fields and the request hold', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...bases),
      fc.dictionary(fc.constantFrom(...fields), value),
      fc.dictionary(fc.constantFrom(...requestFields), value),
      (base, changes, requestChanges) => {
        const request = base.data.request as Record<string, unknown> | undefined;
        const data = { ...base.data, ...changes, ...(request ? { request: { ...request, ...requestChanges } } : {}) };
        const result = planLetter({ ...base, data }, testWorld());
        expect(typeof result.ok).toBe('boolean');
      },
    ),
    { seed: 20160909, numRuns: 800 },
  );
});
