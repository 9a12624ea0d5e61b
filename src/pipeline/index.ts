/**
 * The pipeline, in reading order:
 *   request → validate → decide → (per language: compose → fill → parse) → assemble → layout → output
 * Everything before layout is a pure function of the request and the World.
 */

import { type AbroadAddress, deliveryProblems, deliverySchema } from '../delivery/delivery.ts';
import { windowProblems } from '../delivery/window.ts';
import { type Diagnostic, diagnostic, fail, ok, type Result } from '../diagnostics/diagnostic.ts';
import { LANGUAGES, type LanguageCode, MASTER_LANGUAGE } from '../domain/languages.ts';
import { lacksOfficerText } from '../letters/officer-text.ts';
import type { InsteadLetter, Outcome, Plan, Reason } from '../letters/plan.ts';
import type { World } from '../world.ts';
import { assemble, firstHeading } from './assemble.ts';
import { compose } from './compose.ts';
import type { Block, LetterDocument, Part } from './document.ts';
import { type DocumentDescription, type DocumentSpec, describeDocument, documentSet } from './document-set.ts';
import { enclosureHeadings } from './enclosures.ts';
import { fill } from './fill.ts';
import { layout } from './layout.ts';
import { toBytes } from './output.ts';
import { parse } from './parse.ts';
import { unprintableFields } from './printable.ts';
import { checkLanguages, type LetterRequest, readEnvelope } from './request.ts';
import { validate } from './validate.ts';

export interface Planned {
  readonly request: LetterRequest;
  readonly outcome: Outcome;
}

export type Rendered =
  | {
      readonly kind: 'letter';
      /** The whole set in one PDF: the letter, its companions, its copies. */
      readonly pdf: Uint8Array;
      readonly pages: number;
      readonly plan: Plan;
      readonly draftLanguages: readonly string[];
      /** Each document in the PDF, in order, with its own page count ("Side X af Y" runs per document). */
      readonly documents: readonly DocumentDescription[];
    }
  | NoLetter;

/** No letter of this type is due: why, in words, and the letter the officer must write instead (where one is). */
export interface NoLetter {
  readonly kind: 'no-letter';
  readonly why: readonly Reason[];
  readonly answer: string;
  readonly instead?: InsteadLetter;
}

/** validate + decide: what the letter will be (variant, dates, reasons), or why there is none. */
export function planLetter(raw: unknown, world: World): Result<Planned> {
  const envelope = readEnvelope(raw);
  if (!envelope.ok) return envelope;
  const { letter, languages, data } = envelope.value;
  const languageProblems = checkLanguages(letter, languages, world.locales);
  const input = validate(letter.schema, data, ['data']);
  const delivery =
    envelope.value.delivery === undefined ? ok(null) : validate(deliverySchema, envelope.value.delivery, ['delivery']);
  const inputProblems = [...(input.ok ? [] : input.diagnostics), ...(delivery.ok ? [] : delivery.diagnostics)];
  if (!input.ok || !delivery.ok || languageProblems.length) return fail(...languageProblems, ...inputProblems);
  const unprintable = unprintableFields(input.value, languages as LanguageCode[], world.fonts);
  if (unprintable.length) return fail(...unprintable);
  const outcome = letter.decide(input.value, world);
  if (!outcome.ok) return outcome;
  const channelProblems = outcome.value.due ? deliveryProblems(delivery.value, outcome.value.plan) : [];
  if (channelProblems.length) return fail(...channelProblems);
  const isDecision = (variant: string) => letter.kind === 'decision' || (letter.decisionVariants ?? []).includes(variant);
  if (outcome.value.due && isDecision(outcome.value.plan.variant) && outcome.value.plan.appeal === null) {
    // A decision without appeal guidance must never reach a reader (anatomy.md): a bug in the letter's rules.
    throw new Error(`${letter.id}: a decision plan without appeal guidance`);
  }
  // An applicant's companion goes out in the letter's languages: one it lacks is the officer's choice to change, not
  // a 500. A companion to an authority is in Danish only (document-set.ts).
  const applicantCompanions = (outcome.value.due ? (outcome.value.plan.companions ?? []) : []).filter(
    (companion) => companion.reader === 'applicant',
  );
  const companionProblems = applicantCompanions.flatMap((companion) =>
    languages.flatMap((language, index) =>
      world.locales.languagesOf(companion.letter).includes(language as LanguageCode)
        ? []
        : [diagnostic('LANGUAGE_NOT_AVAILABLE', `languages[${index}]`, { language, letter: companion.letter })],
    ),
  );
  if (companionProblems.length) return fail(...companionProblems);
  return ok({
    request: { letter, languages: languages as LanguageCode[], data, delivery: delivery.value },
    outcome: outcome.value,
  });
}

export type Composed =
  | {
      readonly kind: 'letter';
      readonly document: LetterDocument;
      /** The documents of the set, in the order of the document's parts. */
      readonly specs: readonly DocumentSpec[];
      readonly plan: Plan;
      readonly draftLanguages: readonly string[];
      /** The request it was composed from (the delivery channel, for MeMo). */
      readonly request: LetterRequest;
    }
  | NoLetter;

/** Everything before layout: the document model (what the web page previews as HTML), or why there is no letter. */
export function composeLetter(raw: unknown, world: World): Result<Composed> {
  const planned = planLetter(raw, world);
  if (!planned.ok) return planned;
  const { request, outcome } = planned.value;
  if (!outcome.due) {
    const { why, answer, instead } = outcome;
    return ok(instead ? { kind: 'no-letter', why, answer, instead } : { kind: 'no-letter', why, answer });
  }

  const specs = documentSet(request.letter.id, outcome.plan, request.languages);
  const abroad = request.delivery?.channel === 'letter-post' ? (request.delivery.abroad ?? null) : null;
  const parts = composeDocuments(specs, world, abroad);
  if (!parts.ok) return parts;
  const document = assemble(outcome.plan, parts.value);
  // The address must fit the envelope window before anything is drawn (print review D1, D2).
  const window = windowProblems(document, world.fonts, request);
  if (window.length) return fail(...window);
  const draftLanguages = [...new Set(parts.value.filter((part) => part.frame.draftMark !== null).map((part) => part.language))];
  return ok({ kind: 'letter', document, specs, plan: outcome.plan, draftLanguages, request });
}

export async function renderLetter(raw: unknown, world: World): Promise<Result<Rendered>> {
  const composed = composeLetter(raw, world);
  if (!composed.ok) return composed;
  if (composed.value.kind === 'no-letter') return ok(composed.value);
  return renderComposed(composed.value, world);
}

/** layout → output of a composed letter: the whole set in one PDF. */
export async function renderComposed(composed: Extract<Composed, { kind: 'letter' }>, world: World): Promise<Result<Rendered>> {
  const { document, specs, plan, draftLanguages } = composed;
  const { doc, pagesPerPart, problems } = layout(document, world.fonts);
  if (problems.length) {
    doc.end(); // pdfkit's stream is closed; the bytes are never read, written or journalled
    return fail(...problems);
  }
  const pages = doc.bufferedPageRange().count;
  const pdf = await toBytes(doc);
  const draftsOf = (index: number) =>
    document.parts.filter((part) => part.document === index && part.frame.draftMark !== null).map((part) => part.language);
  const partsOf = (index: number) =>
    document.parts.flatMap((part, at) =>
      part.document === index ? [{ language: part.language, pages: pagesPerPart[at] ?? 0 }] : [],
    );
  const documents = specs.map((spec, index) => describeDocument(spec, partsOf(index), draftsOf(index)));
  return ok({ kind: 'letter', pdf, pages, plan, draftLanguages, documents });
}

/**
 * Every document of the set; every document's and language's problems are reported together. The companions
 * first: the letter (and its copies) name each enclosed companion by the heading its part in the same language
 * shows (enclosures.ts).
 */
function composeDocuments(specs: readonly DocumentSpec[], world: World, abroad: AbroadAddress | null): Result<Part[]> {
  const results: Result<Part[]>[] = [];
  for (const [index, spec] of specs.entries())
    if (spec.role === 'companion') results[index] = composeParts(spec, index, world, abroad, () => []);
  const enclosed = specs.flatMap((spec, index) => {
    const result = results[index];
    return spec.enclosure && result?.ok ? [result.value] : [];
  });
  const namesIn = (language: LanguageCode) =>
    enclosed.flatMap((parts) => {
      const part = parts.find((p) => p.language === language);
      const heading = part && firstHeading(part.blocks);
      return heading ? [heading] : [];
    });
  for (const [index, spec] of specs.entries())
    if (spec.role !== 'companion') results[index] = composeParts(spec, index, world, abroad, namesIn);
  const problems = results.flatMap((result) => (result.ok ? [] : result.diagnostics));
  if (problems.length) return fail(...new Map(problems.map((d) => [JSON.stringify(d), d])).values());
  return ok(results.flatMap((result) => (result.ok ? result.value : [])));
}

/**
 * compose → fill → parse for each language of one document. `enclosures`: the names of the companions it encloses
 * in a language; the enclosures the part carries itself (headings marked as such) are added to its list by a
 * second fill, so that the list names exactly what is printed.
 */
function composeParts(
  spec: DocumentSpec,
  documentIndex: number,
  world: World,
  abroad: AbroadAddress | null,
  enclosures: (language: LanguageCode) => readonly string[],
): Result<Part[]> {
  const parts: Part[] = [];
  const problems: Diagnostic[] = [];
  const tDanish = world.locales.translator(MASTER_LANGUAGE);
  for (const language of spec.languages) {
    const t = world.locales.translator(language);
    const isTranslation = language !== MASTER_LANGUAGE;
    // A draft: the translation is not approved, or a passage of the officer's words is not translated into this
    // language (it is printed in Danish in a marked box, letters/officer-text.ts).
    const draft =
      isTranslation &&
      (world.locales.status(language, ['common', spec.letter]) !== 'approved' || lacksOfficerText(spec.plan.fields, language));
    const composeWith = (names: readonly string[]) =>
      compose({ plan: spec.plan, language, isTranslation, draft, t, tDanish, copyTo: spec.copyTo, abroad, enclosures: names });
    const fillAndParse = (context: Record<string, unknown>): Result<Block[]> => {
      const markup = fill(world.templates, spec.letter, context, language, t);
      return markup.ok ? parse(markup.value, spec.letter) : markup;
    };
    const companions = enclosures(language);
    const { context, frame } = composeWith(companions);
    let blocks = fillAndParse(context);
    const own = blocks.ok ? enclosureHeadings(blocks.value) : [];
    if (own.length) blocks = fillAndParse(composeWith([...companions, ...own]).context);
    if (!blocks.ok) problems.push(...blocks.diagnostics);
    else parts.push({ document: documentIndex, language, direction: LANGUAGES[language].direction, frame, blocks: blocks.value });
  }
  return problems.length ? fail(...problems) : ok(parts);
}
