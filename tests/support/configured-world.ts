/**
 * A World whose OPEN appeal facts come from tests/fixtures/appeal-guidance.fixture.json (placeholders, not legal
 * content): to test the rest of a letter whose appeal guidance legal review has not yet supplied.
 */
import { fileURLToPath } from 'node:url';
import { loadAppealConfiguration } from '../../src/domain/appeal-configuration.ts';
import type { World } from '../../src/engine.ts';
import { testWorld } from './world.ts';

/** The legal basis every fixture entry carries: a placeholder no real letter uses. */
export const TEST_APPEAL_BASIS = '§ 0 (test fixture)';

const fixture = fileURLToPath(new URL('../fixtures/appeal-guidance.fixture.json', import.meta.url));

let world: World | undefined;
export const configuredWorld = (): World => {
  const base = testWorld();
  world ??= {
    authorities: base.authorities,
    locales: base.locales,
    templates: base.templates,
    get fonts() {
      return base.fonts;
    },
    appealConfiguration: loadAppealConfiguration(fixture),
  };
  return world;
};
