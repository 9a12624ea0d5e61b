/**
 * `letters i18n preview`: a sample letter in Danish and one translation, for translators to check the
 * layout (long words, right-to-left text, page breaks) and the draft mark. The sample is a request
 * envelope from samples/ (`<letter>/<name>` or a path); only its language choice is replaced.
 */
import { existsSync, readFileSync } from 'node:fs';
import { type LanguageCode, MASTER_LANGUAGE } from '../domain/languages.ts';
import { projectPath } from '../domain/project-path.ts';

export type PreviewRequest = { ok: true; name: string; request: unknown } | { ok: false; message: string };

export function previewRequest(sample: string, language: LanguageCode): PreviewRequest {
  const file = existsSync(sample) ? sample : projectPath(`samples/${sample.replace(/\.json$/, '')}.json`);
  let envelope: unknown;
  try {
    envelope = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { ok: false, message: `no readable sample "${sample}": give samples/<letter>/<name>.json or <letter>/<name>` };
  }
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope))
    return { ok: false, message: `${sample} is not a request envelope { letter, languages, data }` };
  const name = file
    .replace(/^.*samples\//, '')
    .replace(/\.json$/, '')
    .replaceAll('/', '--');
  return { ok: true, name, request: { ...envelope, languages: [MASTER_LANGUAGE, language] } };
}
