/**
 * Direction isolation of interpolated values. A case number, date or Latin name inside an Arabic
 * sentence is wrapped in FSI … PDI (U+2068, U+2069): the Unicode bidirectional algorithm then lays it
 * out as one unit in its own direction (`2017/123456` is never shown as `123456/2017`, a name keeps
 * its word order) and it does not disturb the sentence around it. FSI, not LRI: an Arabic name is
 * isolated as right-to-left. The controls take part in the bidi algorithm but are never drawn.
 */
const FSI = '\u2068';
const PDI = '\u2069';

export const isolate = (value: string): string => (value === '' ? value : `${FSI}${value}${PDI}`);

/** Bidi formatting controls (LRM, RLM, ALM, embeddings, overrides, isolates): used for ordering, never drawn. */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const HAS_BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** The text without its bidi controls; most text has none, and is returned as it is (no new string). */
export const withoutBidiControls = (text: string): string =>
  HAS_BIDI_CONTROL.test(text) ? text.replace(BIDI_CONTROLS, '') : text;
