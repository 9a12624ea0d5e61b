/**
 * How the translators' commands print findings: `file: key: what is wrong: the fix  [CODE]`.
 * Messages come from locales/en/errors.json; when the locale files themselves cannot be loaded (the
 * very thing being checked may be broken), the code and its parameters are printed instead.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { describe, messageOf } from '../../diagnostics/messages.ts';
import { type LocaleStore, loadLocales } from '../../i18n/locales.ts';

let store: LocaleStore | null | undefined;

function messages(): LocaleStore | null {
  if (store === undefined) {
    try {
      store = loadLocales();
    } catch {
      store = null;
    }
  }
  return store;
}

/** A finding for machines (`--json`): the code, the file, the key and the message with its fix. */
export function findingRecord(finding: Diagnostic) {
  const store = messages();
  return {
    code: finding.code,
    file: finding.path,
    key: finding.params?.key ?? null,
    message: store ? messageOf(finding, store) : finding.code,
    params: finding.params ?? {},
  };
}

export function findingLine(finding: Diagnostic): string {
  const store = messages();
  if (store) return `${describe(finding, store)}  [${finding.code}]`;
  const params = Object.entries(finding.params ?? {}).map(([name, value]) => `${name}=${value}`);
  return `${finding.path}: ${finding.code} ${params.join(' ')}`;
}

export function printFindings(findings: readonly Diagnostic[]) {
  console.error(`✖ ${findings.length} finding${findings.length === 1 ? '' : 's'}:`);
  for (const finding of findings) console.error(`  ${findingLine(finding)}`);
}
