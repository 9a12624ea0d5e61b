/** Every letter sample in every language its letter has: the Danish letter alone, and Danish + each translation. */
import { MASTER_LANGUAGE } from '../../src/domain/languages.ts';
import { catalogue } from '../../src/letters/catalogue.ts';
import type { World } from '../../src/world.ts';
import { type Sample, validSamples } from './samples.ts';

export interface Case {
  readonly letter: string;
  readonly sample: string;
  readonly languages: readonly string[];
  readonly input: unknown;
}

export function letterMatrix(world: World): Case[] {
  return validSamples()
    .filter((s: Sample) => s.expectedVariant !== null)
    .flatMap((s) => {
      const envelope = s.input as { languages: string[] };
      const second = world.locales.languagesOf(s.letter).filter((l) => l !== MASTER_LANGUAGE);
      const sets = [[MASTER_LANGUAGE], ...second.map((l) => [MASTER_LANGUAGE, l])];
      return sets.map((languages) => ({
        letter: s.letter,
        sample: s.name,
        languages,
        input: { ...envelope, languages },
      }));
    })
    .filter((c) => c.languages.length > 1 || !requiresSecond(c.letter));
}

/** A letter that is always Danish + one more language (e.g. R-ASY-012) has no Danish-only case. */
const requiresSecond = (letter: string) => catalogue.find((l) => l.id === letter)?.secondLanguageRequired === true;
