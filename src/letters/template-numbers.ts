/**
 * The agency's template numbers (VariantInfo.templateNumber): which numbers a letter type carries, and
 * which letter types carry a number, so that an officer finds a letter by the number they know.
 */
import type { VariantInfo } from './define-letter.ts';

interface HasVariants {
  readonly variants: readonly VariantInfo[];
}

/** The letter's template numbers in variant order, each once. */
export const templateNumbersOf = (letter: HasVariants): string[] => [
  ...new Set(letter.variants.flatMap((variant) => (variant.templateNumber ? [variant.templateNumber] : []))),
];

/** Officers type "705", "nr. 705" or "standard 705": the digits decide. */
export const normaliseTemplateNumber = (typed: string): string | null => {
  const digits = /^\s*(?:(?:standard|skabelon)\s+)?(?:nr\.?\s*)?(\d+)\s*$/i.exec(typed)?.[1];
  return digits ?? null;
};

/** The letter types one of whose variants has the number (whole, with all their variants). */
export const withTemplateNumber = <L extends HasVariants>(letters: readonly L[], number: string): L[] =>
  letters.filter((letter) => letter.variants.some((variant) => variant.templateNumber === number));
