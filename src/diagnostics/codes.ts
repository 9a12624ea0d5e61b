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
  INPUT_NOT_ALLOWED: { status: 422, source: 'input' },
  INPUT_EMPTY: { status: 422, source: 'input' },
  INPUT_TOO_SHORT: { status: 422, source: 'input' },
  INPUT_TOO_LONG: { status: 422, source: 'input' },
  INPUT_FORMAT: { status: 422, source: 'input' },
  LETTER_UNKNOWN: { status: 404, source: 'input' },
  LETTER_MISMATCH: { status: 422, source: 'input' },
  SAMPLE_UNKNOWN: { status: 404, source: 'input' },
  LANGUAGE_UNSUPPORTED: { status: 422, source: 'input' },
  LANGUAGES_DANISH_FIRST: { status: 422, source: 'input' },
  LANGUAGES_TOO_MANY: { status: 422, source: 'input' },
  LANGUAGES_SECOND_REQUIRED: { status: 422, source: 'input' },
  LANGUAGE_NOT_AVAILABLE: { status: 422, source: 'input' },
  // The letter's legal rules (the officer fixes the facts).
  RULE_DATE_BEFORE: { status: 422, source: 'rules' },
  RULE_DATE_NOT_SAME_DAY: { status: 422, source: 'rules' },
  RULE_DATE_NOT_AFTER: { status: 422, source: 'rules' },
  RULE_REOPENING_US_NORMAL_PROCEDURE: { status: 422, source: 'rules' },
  RULE_DOO_LEGAL_BASIS_UNKNOWN: { status: 422, source: 'rules' },
  RULE_DOO_GRANT_BEFORE_18_MONTHS: { status: 422, source: 'rules' },
  RULE_DOO_NO_SECTION_26_FOR_TEMPORARY: { status: 422, source: 'rules' },
  RULE_LAPSE_17_4_REQUIRED: { status: 422, source: 'rules' },
  RULE_EXPELLED_POSITION_REQUIRED: { status: 422, source: 'rules' },
  RULE_EXPELLED_POSITION_NOT_ALLOWED: { status: 422, source: 'rules' },
  RULE_VETO_NOT_IN_REMITTED_CASE: { status: 422, source: 'rules' },
  RULE_REMOVAL_DECISION_REQUIRED: { status: 422, source: 'rules' },
  RULE_REMOVAL_DECISION_NOT_ALLOWED: { status: 422, source: 'rules' },
  // Reference data (an administrator fixes data/authorities.json).
  AUTHORITY_UNKNOWN_FOR_DATE: { status: 422, source: 'data' },
  APPEAL_GUIDANCE_NOT_CONFIGURED: { status: 422, source: 'data' },
  // Templates and translations (developers and translators fix these).
  I18N_MISSING_KEY: { status: 500, source: 'i18n' },
  // The locale files, judged by `letters i18n check` and `import` (translators fix these; the path is the file).
  LOCALE_FILE_UNREADABLE: { status: 500, source: 'locales' },
  LOCALE_META_FILE_MISSING: { status: 500, source: 'locales' },
  LOCALE_COMMON_MISSING: { status: 500, source: 'locales' },
  LOCALE_FILE_EXTRA: { status: 500, source: 'locales' },
  LOCALE_LANGUAGE_UNKNOWN: { status: 500, source: 'locales' },
  LOCALE_KEY_MISSING: { status: 500, source: 'locales' },
  LOCALE_KEY_EXTRA: { status: 500, source: 'locales' },
  LOCALE_PLACEHOLDERS_DIFFER: { status: 500, source: 'locales' },
  LOCALE_PLURAL_FORMS: { status: 500, source: 'locales' },
  LOCALE_MARKUP: { status: 500, source: 'locales' },
  LOCALE_STALE: { status: 500, source: 'locales' },
  LOCALE_META_MISSING: { status: 500, source: 'locales' },
  LOCALE_META_ORPHAN: { status: 500, source: 'locales' },
  LOCALE_META_INVALID: { status: 500, source: 'locales' },
  XLIFF_INVALID: { status: 500, source: 'xliff' },
  XLIFF_SOURCE_CHANGED: { status: 500, source: 'xliff' },
  XLIFF_APPROVER_MISSING: { status: 500, source: 'xliff' },
  // The templates' markup (developers fix these).
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
  // § 21 b letters (conflict-zone-*, issue 11): the officer fixes the facts.
  RULE_CZ_HEARING_ANSWER_PERIOD_TOO_SHORT: { status: 422, source: 'rules' },
  RULE_CZ_PARTICIPATION_FINDING_REQUIRED: { status: 422, source: 'rules' },
  RULE_CZ_PARTICIPATION_FINDING_NOT_ALLOWED: { status: 422, source: 'rules' },
  // home-country-travel-revocation (issue 11): the officer's findings the decision states.
  RULE_HCT_TRIP_CUT_OFF_FINDING_REQUIRED: { status: 422, source: 'rules' },
  RULE_HCT_TRIP_CUT_OFF_FINDING_CONTRADICTS_DATES: { status: 422, source: 'rules' },
  RULE_HCT_PRESUMPTION_REBUTTED_REVOCATION: { status: 422, source: 'rules' },
  RULE_HCT_EXPLANATION_FINDING_REQUIRED: { status: 422, source: 'rules' },
  RULE_HCT_EXPLANATION_FINDING_NOT_ALLOWED: { status: 422, source: 'rules' },
  // asylum-refusal-removal (issue 11): the exceptional § 49 a permit.
  RULE_EXPELLED_PERMIT_ONLY_IF_REMOVAL_BARRED: { status: 422, source: 'rules' },
  RULE_EXPELLED_PERMIT_BASIS_REQUIRED: { status: 422, source: 'rules' },
  // Asylum letters (issue 11): readings refused until legal review configures them, and contradictory dates.
  RULE_DOO_OLD_REGIME_NOT_CONFIGURED: { status: 422, source: 'rules' },
  RULE_MOVE_BACK_LEGAL_BASIS_NOT_CONFIGURED: { status: 422, source: 'rules' },
  RULE_MOVE_BACK_TOO_SOON: { status: 422, source: 'rules' },
  LOCALE_GLOSSARY_TERM: { status: 500, source: 'locales' },
} as const satisfies Record<string, { status: number; source: string }>;

export type DiagnosticCode = keyof typeof CODES;

export const isDiagnosticCode = (code: string): code is DiagnosticCode => Object.hasOwn(CODES, code);
