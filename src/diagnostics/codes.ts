/**
 * The catalogue of diagnostic codes. A code is stable: it is never reused for another meaning.
 * Each code's message lives in `locales/<lng>/errors.json` (da and en); `docs/errors.md` says who fixes it.
 * `status` is the HTTP status an interface answers with when this code is the first problem.
 */
export const CODES = {
  // The request envelope and its data (the officer or the calling system fixes these).
  INPUT_NOT_JSON: { status: 400, source: 'input' },
  INPUT_MISSING: { status: 422, source: 'input' },
  INPUT_WRONG_TYPE: { status: 422, source: 'input' },
  INPUT_UNKNOWN_FIELD: { status: 422, source: 'input' },
  INPUT_DATE_FORMAT: { status: 422, source: 'input' },
  INPUT_DATE_NOT_REAL: { status: 422, source: 'input' },
  INPUT_NOT_ALLOWED: { status: 422, source: 'input' },
  INPUT_EMPTY: { status: 422, source: 'input' },
  INPUT_TOO_SHORT: { status: 422, source: 'input' },
  INPUT_TOO_LONG: { status: 422, source: 'input' },
  INPUT_FORMAT: { status: 422, source: 'input' },
  LETTER_UNKNOWN: { status: 404, source: 'input' },
  LANGUAGE_UNSUPPORTED: { status: 422, source: 'input' },
  LANGUAGES_DANISH_FIRST: { status: 422, source: 'input' },
  LANGUAGES_TOO_MANY: { status: 422, source: 'input' },
  LANGUAGES_SECOND_REQUIRED: { status: 422, source: 'input' },
  LANGUAGE_NOT_AVAILABLE: { status: 422, source: 'input' },
  // The letter's legal rules (the officer fixes the facts).
  RULE_DATE_BEFORE: { status: 422, source: 'rules' },
  RULE_DATE_NOT_SAME_DAY: { status: 422, source: 'rules' },
  RULE_REOPENING_US_NORMAL_PROCEDURE: { status: 422, source: 'rules' },
  // Reference data (an administrator fixes data/authorities.json).
  AUTHORITY_UNKNOWN_FOR_DATE: { status: 422, source: 'data' },
  // Templates and translations (developers and translators fix these).
  I18N_MISSING_KEY: { status: 500, source: 'i18n' },
  TEMPLATE_FAILED: { status: 500, source: 'template' },
  MARKUP_UNKNOWN_TAG: { status: 500, source: 'template' },
  MARKUP_INVALID: { status: 500, source: 'template' },
  // Batch runs (src/batch/): the batch's producer fixes the record; a render failure is a bug.
  BATCH_LINE_NOT_JSON: { status: 400, source: 'batch' },
  BATCH_ID_MISSING: { status: 422, source: 'batch' },
  BATCH_ID_UNSAFE: { status: 422, source: 'batch' },
  BATCH_ID_DUPLICATE: { status: 422, source: 'batch' },
  BATCH_CSV_VALUE: { status: 422, source: 'batch' },
  BATCH_RENDER_FAILED: { status: 500, source: 'batch' },
} as const satisfies Record<string, { status: number; source: string }>;

export type DiagnosticCode = keyof typeof CODES;

export const isDiagnosticCode = (code: string): code is DiagnosticCode => Object.hasOwn(CODES, code);
