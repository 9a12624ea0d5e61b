/**
 * The languages a letter can be written in (shared/domain/languages.md). Danish is the master and
 * the legally binding text; every other language is a translation that helps the reader.
 */
export const LANGUAGES = {
  da: { name: 'Danish', nativeName: 'Dansk', locale: 'da-DK', direction: 'ltr', script: 'Latn' },
  en: { name: 'English', nativeName: 'English', locale: 'en-GB', direction: 'ltr', script: 'Latn' },
  ar: { name: 'Arabic', nativeName: 'العربية', locale: 'ar', direction: 'rtl', script: 'Arab' },
  fa: { name: 'Persian (Farsi)', nativeName: 'فارسی', locale: 'fa', direction: 'rtl', script: 'Arab' },
  ps: { name: 'Pashto', nativeName: 'پښتو', locale: 'ps', direction: 'rtl', script: 'Arab' },
  ckb: { name: 'Kurdish (Sorani)', nativeName: 'کوردی', locale: 'ckb', direction: 'rtl', script: 'Arab' },
  ti: { name: 'Tigrinya', nativeName: 'ትግርኛ', locale: 'ti', direction: 'ltr', script: 'Ethi' },
  so: { name: 'Somali', nativeName: 'Soomaali', locale: 'so', direction: 'ltr', script: 'Latn' },
  ru: { name: 'Russian', nativeName: 'Русский', locale: 'ru', direction: 'ltr', script: 'Cyrl' },
  uk: { name: 'Ukrainian', nativeName: 'Українська', locale: 'uk', direction: 'ltr', script: 'Cyrl' },
  fr: { name: 'French', nativeName: 'Français', locale: 'fr', direction: 'ltr', script: 'Latn' },
} as const;

export type LanguageCode = keyof typeof LANGUAGES;
export type Direction = 'ltr' | 'rtl';
export const MASTER_LANGUAGE = 'da' satisfies LanguageCode;
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as LanguageCode[];
export const isLanguageCode = (code: string): code is LanguageCode => Object.hasOwn(LANGUAGES, code);
