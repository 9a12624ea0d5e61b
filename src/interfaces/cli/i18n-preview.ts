import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Command } from 'commander';
import { writeFileAtomically } from '../../atomic-file.ts';
import { isLanguageCode, MASTER_LANGUAGE } from '../../domain/languages.ts';
import { createWorld, renderLetter, type World } from '../../engine.ts';
import { DEFAULT_LOCALES_DIR } from '../../i18n/locale-tree.ts';
import { loadLocales } from '../../i18n/locales.ts';
import { previewRequest } from '../../i18n/preview.ts';
import { scratchLocales } from '../../i18n/scratch-locales.ts';
import { decodeXliff } from '../../i18n/xliff-read.ts';
import { EXIT } from './exit-codes.ts';
import { printFindings } from './i18n-findings.ts';
import { printProblems } from './report.ts';

interface Options {
  lang: string;
  out: string;
  png?: boolean;
  xliff?: string;
  locales: string;
}

export const i18nPreviewCommand = () =>
  new Command('preview')
    .description('a sample letter in Danish and one translation, as PDF (and page images), to check the layout')
    .argument('<sample>', 'samples/<letter>/<name>.json, or <letter>/<name>')
    .requiredOption('--lang <lng>', 'the translation to show after the Danish letter')
    .option('--out <dir>', 'where to write', 'out/preview')
    .option('--png', 'also write page images at 70 dpi (pdftoppm)')
    .option('--xliff <file.xlf>', 'show a translated XLIFF as if imported (nothing is written to locales/)')
    .option('--locales <dir>', 'the locale tree', DEFAULT_LOCALES_DIR)
    .action(async (sample: string, options: Options) => {
      if (!isLanguageCode(options.lang) || options.lang === MASTER_LANGUAGE)
        fail('--lang must be a translation (not da), e.g. en, ar, fa');
      const prepared = previewRequest(sample, options.lang);
      if (!prepared.ok) fail(prepared.message);
      const scratch = options.xliff ? candidateLocales(options.xliff, options.lang, options.locales) : null;
      try {
        const world: World = { ...createWorld(), locales: loadLocales(scratch?.dir ?? options.locales) };
        const rendered = await renderLetter(prepared.request, world);
        if (!rendered.ok) {
          printProblems(rendered.diagnostics, world, false);
          process.exit(EXIT.invalidInput);
        }
        if (rendered.value.kind === 'no-letter') fail(`no letter is due for this sample: ${rendered.value.answer}`);
        const file = `${options.out}/${prepared.name}.${options.lang}.pdf`;
        writeFileAtomically(file, rendered.value.pdf);
        const draft = rendered.value.draftLanguages.length ? 'with the draft-translation mark' : 'approved: no draft mark';
        console.log(`${file}  (${rendered.value.pages} pages, da + ${options.lang}, ${draft})`);
        if (options.png) pageImages(file);
      } finally {
        scratch?.remove();
      }
    });

/** A copy of the locale tree with the XLIFF applied, if it passes every check. */
function candidateLocales(xliff: string, language: Parameters<typeof scratchLocales>[1], locales: string) {
  let xml = '';
  try {
    xml = decodeXliff(readFileSync(xliff));
  } catch {
    fail(`cannot read ${xliff}`);
  }
  const scratch = scratchLocales(locales, language, xml, xliff);
  if (!scratch.ok) {
    printFindings(scratch.findings);
    process.exit(EXIT.invalidInput);
  }
  return scratch;
}

function pageImages(pdf: string) {
  if (!existsSync('/usr/bin/pdftoppm')) {
    console.error('pdftoppm (poppler-utils) is not installed: no page images');
    return;
  }
  const prefix = pdf.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-png', '-r', '70', pdf, prefix]);
  console.log(`${prefix}-<page>.png`);
}

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(EXIT.usage);
}
