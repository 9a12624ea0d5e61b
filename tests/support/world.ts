/** One World per test file: loading templates, locales and fonts once is what the service does too. */
import { createWorld, type World } from '../../src/engine.ts';

let world: World | undefined;
export const testWorld = (): World => {
  world ??= createWorld();
  return world;
};
