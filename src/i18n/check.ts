/**
 * `letters i18n check`: every finding in a locale tree, each naming the file, the key and the fix.
 * The Danish master is judged on its own (meta entries, markup); every other language against it.
 * A language claims a letter when it has the letter's file; it must then have `common` too.
 * A language's glossary (`glossary.ts`) holds its legal terms to the same words in every namespace.
 */
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import { isLanguageCode, MASTER_LANGUAGE } from '../domain/languages.ts';
import { COMMON_NAMESPACE, checkMaster, ERRORS_NAMESPACE } from './check-master.ts';
import { checkTranslation } from './check-translation.ts';
import { glossaryFindings, readGlossary } from './glossary.ts';
import { type LocaleTree, shown } from './locale-tree.ts';

export interface CheckScope {
  readonly languages?: readonly string[];
  readonly namespaces?: readonly string[];
}

export function checkTree(tree: LocaleTree, scope: CheckScope = {}): Diagnostic[] {
  const danish = tree.languages.get(MASTER_LANGUAGE);
  if (!danish)
    return [diagnostic('LOCALE_FILE_UNREADABLE', shown(`${tree.dir}/${MASTER_LANGUAGE}`), { detail: 'no Danish master' })];
  const inScope = (namespace: string) => !scope.namespaces || scope.namespaces.includes(namespace);
  const findings: Diagnostic[] = [];

  if (!scope.languages || scope.languages.includes(MASTER_LANGUAGE))
    for (const files of danish.values()) if (inScope(files.namespace)) findings.push(...checkMaster(files));

  for (const [language, namespaces] of tree.languages) {
    if (language === MASTER_LANGUAGE || (scope.languages && !scope.languages.includes(language))) continue;
    const folder = shown(`${tree.dir}/${language}`);
    if (!isLanguageCode(language)) {
      findings.push(diagnostic('LOCALE_LANGUAGE_UNKNOWN', folder, { language }));
      continue;
    }
    const claimsALetter = [...namespaces.keys()].some((ns) => ns !== COMMON_NAMESPACE && ns !== ERRORS_NAMESPACE);
    if (claimsALetter && !namespaces.has(COMMON_NAMESPACE) && inScope(COMMON_NAMESPACE))
      findings.push(diagnostic('LOCALE_COMMON_MISSING', folder, { language }));
    const glossary = readGlossary(tree.dir, language);
    if (glossary && !glossary.ok) findings.push(glossary.finding);
    for (const files of namespaces.values()) {
      if (!inScope(files.namespace)) continue;
      const master = danish.get(files.namespace)?.strings;
      if (!danish.has(files.namespace))
        findings.push(diagnostic('LOCALE_FILE_EXTRA', files.file, { namespace: files.namespace }));
      else if (master) {
        findings.push(...checkTranslation(master, files));
        if (glossary && files.strings && files.namespace !== ERRORS_NAMESPACE)
          findings.push(...glossaryFindings(master, files.strings, files.file, glossary));
      }
    }
  }
  return findings;
}
