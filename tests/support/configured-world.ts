/**
 * A World whose appeal configuration answers every variant with one fixed TEST entry, so that tests can
 * render the variants that are refused until legal review configures them (R-ASY-003). Its body and
 * basis are placeholders that no real letter uses: never a source for letter text.
 */
import { ok } from '../../src/diagnostics/diagnostic.ts';
import { createWorld, type World } from '../../src/engine.ts';

export const TEST_APPEAL_BASIS = '§ 999 (TESTKONFIGURATION)';

export function configuredWorld(): World {
  const world = createWorld();
  return Object.assign(Object.create(Object.getPrototypeOf(world)), world, {
    appealConfiguration: {
      for: () =>
        ok({
          body: 'immigration-appeals-board' as const,
          legalBasis: TEST_APPEAL_BASIS,
          deadline: { kind: 'none' as const },
          suspensive: { kind: 'no' as const },
          fee: { kind: 'none' as const },
          decidedBy: 'test fixture',
          decidedOn: '2017-01-01',
        }),
    },
  });
}
