/** Whatever arrives, planning answers with a plan or diagnostics; it never throws (fast-check, fixed seed). */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { planLetter } from '../../src/engine.ts';
import { sample } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const bases = [sample('humanitarian-permit-info', 'sent'), sample('reopening-guidance', 'extension-granted--board-decided')];

it('planLetter never throws, whatever the fields hold', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...bases),
      fc.dictionary(
        fc.constantFrom('letterDate', 'extension', 'asylumCase', 'applicant', 'address', 'delivery', 'officer'),
        fc.anything(),
      ),
      (base, changes) => {
        const result = planLetter({ ...base, data: { ...base.data, ...changes } }, testWorld());
        expect(typeof result.ok).toBe('boolean');
      },
    ),
    { seed: 20161103, numRuns: 500 },
  );
});

it('and never for an arbitrary envelope', () => {
  fc.assert(
    fc.property(fc.anything(), (raw) => {
      expect(typeof planLetter(raw, testWorld()).ok).toBe('boolean');
    }),
    { seed: 20170112, numRuns: 300 },
  );
});
