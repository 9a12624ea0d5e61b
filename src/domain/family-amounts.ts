/**
 * The family-reunification amounts (fees, the shortfall limit, the financial security) as dated
 * tables read from data/family-amounts.json (see dated-table.ts). Amounts are whole øre, so that no
 * sum or comparison of kroner ever meets a binary fraction; letters format them per language.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Result } from '../diagnostics/diagnostic.ts';
import type { CivilDate } from './civil-date.ts';
import { type DatedTable, type DatedValue, datedTableFileSchema, toDatedTable, valueOn } from './dated-table.ts';
import { projectPath } from './project-path.ts';

/** An amount in øre (1 kr. = 100 øre). */
export type Ore = number & { readonly __brand: 'Ore' };

export const ore = (kroner: number): Ore => Math.round(kroner * 100) as Ore;
/** Kroner for formatting (6300, 54289.48): never for arithmetic. */
export const kroner = (amount: Ore): number => amount / 100;

export const FAMILY_AMOUNT_TABLES = [
  'fees/application/9-1',
  'fees/application/9c1-family-tie',
  'fees/application/9f',
  'fees/application/9c1-religious-preacher-family',
  'fees/reopening',
  'fees/appeal',
  'fees/administration-deduction',
  'fees/shortfall-limit',
  'security/full',
  'security/reduction-a1',
  'security/reduction-a2',
  'security/reduction-final-exam',
  'security/floor',
] as const;
export type FamilyAmountTable = (typeof FAMILY_AMOUNT_TABLES)[number];

/** Kroner with at most two decimals, positive. */
const kronerSchema = z
  .number()
  .positive()
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'at most two decimals');

const fileSchema = z
  .object({ $comment: z.string().optional() })
  .catchall(datedTableFileSchema(kronerSchema))
  .superRefine((file, ctx) => {
    for (const id of FAMILY_AMOUNT_TABLES) if (!(id in file)) ctx.addIssue({ code: 'custom', path: [id], message: 'missing' });
  });

export type FamilyAmounts = Readonly<Record<FamilyAmountTable, DatedTable<Ore>>>;

export function loadFamilyAmounts(file = projectPath('data/family-amounts.json')): FamilyAmounts {
  const parsed = fileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const tables = {} as Record<FamilyAmountTable, DatedTable<Ore>>;
  for (const id of FAMILY_AMOUNT_TABLES) {
    const table = parsed[id];
    if (!table || typeof table === 'string') throw new Error(`data/family-amounts.json lacks "${id}"`);
    tables[id] = toDatedTable(id, table, ore);
  }
  return tables;
}

let loaded: FamilyAmounts | undefined;
/** The tables of data/family-amounts.json, read once per process. */
export const familyAmounts = (): FamilyAmounts => {
  loaded ??= loadFamilyAmounts();
  return loaded;
};

/** The amount of `table` on `date` (the date the table's `chosenBy` names); `path` is that date's input field. */
export const amountOn = (table: FamilyAmountTable, date: CivilDate, path: string): Result<DatedValue<Ore>> =>
  valueOn(familyAmounts()[table], date, path);

/** Which application fee a first-time family application pays (R-FAM-001). */
export const APPLICATION_FEE_CATEGORIES = {
  '9-1': 'fees/application/9-1',
  '9c1-family-tie': 'fees/application/9c1-family-tie',
  '9f': 'fees/application/9f',
  '9c1-religious-preacher-family': 'fees/application/9c1-religious-preacher-family',
} as const satisfies Record<string, FamilyAmountTable>;
export type ApplicationFeeCategory = keyof typeof APPLICATION_FEE_CATEGORIES;
export const APPLICATION_FEE_CATEGORY_IDS = Object.keys(APPLICATION_FEE_CATEGORIES) as [
  ApplicationFeeCategory,
  ...ApplicationFeeCategory[],
];
