/**
 * /api/translations: the translator view's calls, thin over src/i18n. The locale tree is read from
 * disk per call, so the page always shows what the repository holds. Nothing here writes the tree:
 * an uploaded XLIFF is checked as `letters i18n import --dry-run` checks it, or applied to a scratch
 * copy for a preview (`letters i18n preview --xliff`); the translator hands the file in to change it.
 */
import { rmSync } from 'node:fs';
import express, { type Request, type Response, Router } from 'express';
import { type Diagnostic, diagnostic } from '../../../diagnostics/diagnostic.ts';
import { isLanguageCode, LANGUAGE_CODES, LANGUAGES, type LanguageCode, MASTER_LANGUAGE } from '../../../domain/languages.ts';
import { composeLetter, messageFor, type World } from '../../../engine.ts';
import { DEFAULT_LOCALES_DIR, readLocaleTree } from '../../../i18n/locale-tree.ts';
import { loadLocales } from '../../../i18n/locales.ts';
import { sideBySide, translatableLetters } from '../../../i18n/side-by-side.ts';
import { languageSummaries } from '../../../i18n/status.ts';
import { exportNamespaces, exportXliff, HEADER_NOTE } from '../../../i18n/xliff-export.ts';
import { writeXliff } from '../../../i18n/xliff-write.ts';
import { allow } from '../access.ts';
import { letterHtml } from '../letter-html.ts';
import { diagnosticsProblem, plainProblem, sendProblem } from '../problem.ts';
import type { ServiceDeps } from '../service-deps.ts';

/** How findings name the upload: a fixed name, never the translator's file name. */
const UPLOAD = 'the uploaded XLIFF';
/**
 * The check runs as `letters i18n import --dry-run --by <name>`: whoever imports the file names the
 * approver then; a missing name here would hide the file's real findings behind that one.
 */
const APPROVER_NAMED_AT_IMPORT = 'named at import';
const XLIFF_TYPES = ['application/xliff+xml', 'application/x-xliff+xml', 'application/xml', 'text/xml'];
/** An export of one letter is 20–60 kB; room for long translations. */
const xliffBody = express.text({ type: XLIFF_TYPES, limit: '2mb' });

export function translationsRouter(deps: ServiceDeps, locales = DEFAULT_LOCALES_DIR): Router {
  const router = Router();
  router.use(allow('translations'));

  router.get('/', (_req, res) => {
    const languages = LANGUAGE_CODES.filter((code) => code !== MASTER_LANGUAGE).map((code) => ({ code, ...LANGUAGES[code] }));
    const tree = readLocaleTree(locales);
    res.json({ letters: translatableLetters(tree), languages, summary: languageSummaries(tree) });
  });

  router.get('/:letter/:lang', (req, res) => {
    const pick = picked(req, res, deps.world, locales);
    if (pick) res.json(sideBySide(pick.tree, pick.letter, pick.language));
  });

  router.get('/:letter/:lang/xliff', (req, res) => {
    const pick = picked(req, res, deps.world, locales);
    if (!pick) return;
    const xml = writeXliff(exportXliff(pick.tree, pick.language, exportNamespaces(pick.tree, pick.letter)), HEADER_NOTE);
    res.type('application/xliff+xml; charset=utf-8').attachment(`${pick.letter}.${pick.language}.xlf`).send(xml);
  });

  router.post('/:letter/:lang/import', xliffBody, async (req, res) => {
    const pick = picked(req, res, deps.world, locales);
    if (!pick || !xmlOf(req, res)) return;
    const task = { kind: 'check', locales, language: pick.language, xml: req.body, file: UPLOAD } as const;
    const outcome = await deps.xliff.run({ ...task, approvedBy: APPROVER_NAMED_AT_IMPORT });
    if (outcome.ok === 'busy' || outcome.ok === 'timeout') return xliffBusy(res, outcome.ok);
    if (!outcome.ok) return res.json({ written: false, findings: findingsView(outcome.findings, deps.world), changes: [] });
    res.json({ written: false, findings: [], changes: 'changes' in outcome ? outcome.changes : [] });
  });

  router.post('/:letter/:lang/preview', xliffBody, async (req, res) => {
    const pick = picked(req, res, deps.world, locales);
    if (!pick || !xmlOf(req, res)) return;
    const sample = deps.samples(pick.letter).find((s) => s.name === req.query.sample);
    if (!sample)
      return sendProblem(res, diagnosticsProblem([diagnostic('SAMPLE_UNKNOWN', 'sample', { letter: pick.letter })], deps.world));
    // An approval in the file needs no name here: a preview shows the file's own states and records nothing.
    const task = { kind: 'scratch', locales, language: pick.language, xml: req.body, file: UPLOAD } as const;
    const scratch = await deps.xliff.run({ ...task, approvedBy: 'preview' });
    if (scratch.ok === 'busy' || scratch.ok === 'timeout') return xliffBusy(res, scratch.ok);
    if (!scratch.ok) {
      const findings = findingsView(scratch.findings, deps.world);
      return sendProblem(res, plainProblem('translation-findings', 'see findings', { findings }));
    }
    if (!('dir' in scratch)) throw new Error('the XLIFF thread answered a check to a preview');
    const dir = scratch.dir;
    try {
      const world: World = { ...deps.world, locales: loadLocales(dir) };
      const envelope = { letter: pick.letter, languages: [MASTER_LANGUAGE, pick.language], data: sample.data };
      const composed = composeLetter(envelope, world);
      if (!composed.ok) return sendProblem(res, diagnosticsProblem(composed.diagnostics, deps.world));
      if (composed.value.kind === 'no-letter') return res.json({ due: false, answer: composed.value.answer });
      res.type('text/html').send(letterHtml(composed.value.document));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  return router;
}

/** The path's letter and language, checked; answers 404 or 422 itself and returns null then. */
function picked(req: Request, res: Response, world: World, locales: string) {
  const tree = readLocaleTree(locales);
  const letter = String(req.params.letter);
  const language = String(req.params.lang);
  const problems: Diagnostic[] = [];
  if (!translatableLetters(tree).includes(letter)) problems.push(diagnostic('LETTER_UNKNOWN', 'letter'));
  if (!isLanguageCode(language) || language === MASTER_LANGUAGE) problems.push(diagnostic('LANGUAGE_UNSUPPORTED', 'language'));
  if (problems.length || !isLanguageCode(language)) {
    sendProblem(res, diagnosticsProblem(problems, world));
    return null;
  }
  return { tree, letter, language: language as LanguageCode };
}

function xliffBusy(res: Response, reason: 'busy' | 'timeout') {
  const detail = reason === 'busy' ? 'other XLIFF files are being checked' : 'the file took too long to check';
  sendProblem(res, plainProblem('overloaded', detail), { 'Retry-After': '5' });
}

function xmlOf(req: Request, res: Response): boolean {
  if (typeof req.body === 'string' && req.body.length > 0) return true;
  sendProblem(res, plainProblem('unsupported-media-type', `send the XLIFF file, Content-Type: ${XLIFF_TYPES[0]}`));
  return false;
}

/** Findings as the page shows them: code, where (file and key), and the message in Danish and English. */
const findingsView = (findings: readonly Diagnostic[], world: World) =>
  findings.map((d) => ({
    code: d.code,
    path: d.path,
    message: { da: messageFor(d, world, 'da'), en: messageFor(d, world, 'en') },
  }));
