/**
 * What `letters i18n check` (and so `import` and the translator page) asks of the text of one
 * translated string, beyond keys, placeholders and markup: it is not empty, not the Danish copied
 * unchanged, free of invisible control characters that reorder or hide text, and written in the
 * language's script (Latin words only for Danish names and legal references).
 */
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import { isLanguageCode, LANGUAGES } from '../domain/languages.ts';

/**
 * Latin words a translation in another script may keep: Danish authority names (Dansk Flygtningehjælp,
 * Indenrigsministeriet too), the names of Danish laws and registers cited as references
 * (udlændingelovens, forvaltningslovens, udlændingebekendtgørelsens, integrationsloven, CPR), the UNHCR,
 * the form BF2 and nyidanmark.dk, and legal references with their abbreviations (stk., nr., pkt., led;
 * right-to-left translations translate "pkt." and "led": a Latin abbreviation before a closing bracket
 * loses its full stop to the bidi algorithm; one-letter section suffixes such as § 9 c pass too).
 */
export const KEPT_IN_DANISH: ReadonlySet<string> = new Set([
  'Udlændingestyrelsen',
  'Flygtningenævnet',
  'udlændingelovens',
  'stk',
  'Stk',
  'c',
  'Dansk',
  'Flygtningehjælp',
  'forvaltningslovens',
  'pkt',
  'nr',
  'udlændingebekendtgørelsens',
  'Indenrigsministeriet',
  'Udlændingelovens',
  'integrationsloven',
  'Udlændingenævnet',
  'CPR',
  'led',
  'UNHCR',
  'BF',
  'nyidanmark',
  'dk',
  // the family and permanent-residence letters (lang-1, lang-2, lang-3): a letter of a number (§ 9, stk. 1, nr. 1,
  // litra e), the housing order and the criminal code cited by name, the National Social Appeals Board and SIRI,
  // the income register (eIndkomst), the student grant (SU), the KO form
  'litra',
  'boligkravsbekendtgørelsens',
  'straffelovens',
  'Ankestyrelsen',
  'SIRI',
  'eIndkomst',
  'SU',
  'KO',
]);

const SCRIPT_LETTER: Readonly<Record<string, RegExp>> = {
  Arab: /\p{Script=Arabic}/u,
  Ethi: /\p{Script=Ethiopic}/u,
  Cyrl: /\p{Script=Cyrillic}/u,
};
const SCRIPT_NAME: Readonly<Record<string, string>> = { Arab: 'Arabic', Ethi: 'Ethiopic', Cyrl: 'Cyrillic' };

/**
 * Bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069) reorder the text around them on
 * the page ("Trojan Source"); C0/C1 controls and U+FEFF print nothing. The letter sets each part's
 * direction itself, so no string needs them. (U+200E/U+200F marks and U+200C/U+200D joiners are
 * letters' business in Persian and Pashto and stay allowed.)
 */
const CONTROL: Readonly<Record<string, string>> = {
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE',
};
const CONTROL_PATTERN = /(?!\n)\p{Cc}|[\u202A-\u202E\u2066-\u2069\uFEFF]/u;

/** The words of a string: placeholders, nestings and markup tags are not words. */
const withoutPlaceholders = (text: string) => text.replace(/\$t\([^)]*\)|\{\{[^}]*\}\}|<[^>]*>/g, ' ');
const latinWords = (text: string) => withoutPlaceholders(text).match(/\p{Script=Latin}+/gu) ?? [];
/** Words a translation in a Latin script may share with the Danish: names and references only. */
const onlyNamesAndReferences = (text: string) => latinWords(text).every((w) => w.length < 3 || KEPT_IN_DANISH.has(w));

export function textFindings(key: string, source: string, text: string, language: string, file: string): Diagnostic[] {
  if (!text.trim()) return source.trim() ? [diagnostic('LOCALE_TEXT_EMPTY', file, { key })] : [];
  const findings: Diagnostic[] = [];
  const control = CONTROL_PATTERN.exec(text)?.[0];
  if (control) {
    const character = `U+${(control.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    findings.push(
      diagnostic('LOCALE_CONTROL_CHARACTER', file, { key, character, name: CONTROL[control] ?? 'CONTROL CHARACTER' }),
    );
  }
  const script = isLanguageCode(language) ? LANGUAGES[language].script : 'Latn';
  const letter = SCRIPT_LETTER[script];
  if (text === source && !onlyNamesAndReferences(source)) findings.push(diagnostic('LOCALE_TEXT_UNTRANSLATED', file, { key }));
  else if (letter) {
    const foreign = latinWords(text).filter((word) => word.length > 1 && !KEPT_IN_DANISH.has(word));
    const shown = [...new Set(foreign)].slice(0, 3).join(', ');
    if (foreign.length)
      findings.push(
        diagnostic('LOCALE_SCRIPT', file, { key, script: SCRIPT_NAME[script] ?? script, detail: `Latin words (${shown})` }),
      );
    else if (!letter.test(withoutPlaceholders(text)) && !onlyNamesAndReferences(source))
      findings.push(
        diagnostic('LOCALE_SCRIPT', file, { key, script: SCRIPT_NAME[script] ?? script, detail: 'no letter of the script' }),
      );
  }
  return findings;
}
