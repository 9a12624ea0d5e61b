/**
 * The one contract every letter type meets. A letter type is a folder under src/letters/<id>/
 * (schema.ts, rules.ts, letter.ts), a template templates/letters/<id>.hbs, a locale namespace
 * locales/<lng>/<id>.json and samples under samples/<id>/: the same id in every tree.
 */
import type { z } from 'zod';
import type { Result } from '../diagnostics/diagnostic.ts';
import type { AppealConfiguration } from '../domain/appeal-configuration.ts';
import type { AuthorityRegistry } from '../domain/authorities.ts';
import type { Outcome } from './plan.ts';

export type LetterKind = 'decision' | 'info';

export interface VariantInfo {
  readonly id: string;
  readonly description: string;
  /**
   * The variant in Danish, as a caseworker at Udlændingestyrelsen names it (e.g. "afslag på forlængelse"): the
   * officers' page shows it when the page is Danish, `letters list` next to the English. A label, never legal text.
   * Required and non-empty (tests/catalogue.test.ts).
   */
  readonly descriptionDa: string;
  /**
   * The agency's own number for this standard letter ("standard 705", "skabelon 929", "standard nr. 905"),
   * as the reference gives it: officers know a letter by it. Digits only, one variant per number across the
   * catalogue (tests/catalogue.test.ts); absent where the reference names none.
   */
  readonly templateNumber?: string;
}

/** What the rules may consult besides the input: reference data, never a clock or a file. */
export interface RulesWorld {
  readonly authorities: AuthorityRegistry;
  readonly appealConfiguration: AppealConfiguration;
}

export interface LetterDefinition<S extends z.ZodType = z.ZodType> {
  readonly id: string;
  readonly kind: LetterKind;
  /** One line for `letters list` and the catalogue. */
  readonly title: string;
  /**
   * The letter type's Danish name, as a caseworker at Udlændingestyrelsen names it (e.g. "Afgørelse om familiesammenføring
   * med ægtefælle"): the officers' page shows it in Danish, `letters list` next to the id. Required and non-empty
   * (tests/catalogue.test.ts).
   */
  readonly titleDa: string;
  readonly source: string;
  readonly variants: readonly VariantInfo[];
  /** In a letter type of kind 'info', the variants that are decisions (e.g. fee-refund's refusals): they too must carry appeal guidance. */
  readonly decisionVariants?: readonly string[];
  /** R-ASY-012 and the like: the letter must go out in Danish and one more language. */
  readonly secondLanguageRequired: boolean;
  readonly schema: S;
  decide(input: z.infer<S>, world: RulesWorld): Result<Outcome>;
}

export const defineLetter = <S extends z.ZodType>(letter: LetterDefinition<S>): LetterDefinition<S> => letter;
