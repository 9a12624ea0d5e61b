/**
 * Where a letter-post letter goes in a run's print file (src/batch/print-file.ts): by its Danish postcode,
 * ascending, then the letters abroad by country. The sort key is the only part of an address a batch
 * journals (the country only for letters abroad, to sort them); the print file's manifest shows the
 * postcode alone.
 */
import type { Composed } from '../pipeline/index.ts';

export type PostalSort = { readonly postcode: string } | { readonly country: string };

/** The sort key of a composed letter that goes by letter post; null for any other channel. */
export function postalSortOf(letter: Extract<Composed, { kind: 'letter' }>): PostalSort | null {
  const delivery = letter.request.delivery;
  if (delivery?.channel !== 'letter-post') return null;
  if (delivery.abroad) return { country: countryKey(delivery.abroad.country) };
  const address = letter.plan.recipient.address;
  if (!address) return null;
  return 'postcode' in address ? { postcode: address.postcode } : { country: countryKey(address.country) };
}

/** The country as the window prints it (capitals, UPU S42), so "Tyskland" and "TYSKLAND" sort together. */
const countryKey = (country: string) => country.trim().toLocaleUpperCase('da');

/** Danish postcodes ascending (four digits: as numbers), then abroad by country in Danish order; ties by `tie`. */
export function comparePostal(a: PostalSort, b: PostalSort): number {
  if ('postcode' in a && 'postcode' in b) return Number(a.postcode) - Number(b.postcode);
  if ('postcode' in a) return -1;
  if ('postcode' in b) return 1;
  return a.country.localeCompare(b.country, 'da');
}
