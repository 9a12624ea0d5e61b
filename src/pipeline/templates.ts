/**
 * The template store: templates/letters/<id>.hbs and templates/partials/*.hbs, compiled once per
 * process in an isolated Handlebars environment. Strict mode (a missing variable throws, never
 * prints an empty string), known helpers only, prototype access off (Handlebars' default).
 * Helpers read the language-bound translator from the render's @data, so one compiled template
 * serves every language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { CivilDate } from '../domain/civil-date.ts';
import { countryName, nonCountryKey } from '../domain/countries.ts';
import { type LanguageCode, MASTER_LANGUAGE } from '../domain/languages.ts';
import { projectPath } from '../domain/project-path.ts';
import { formatDate, formatKroner, formatNumber } from '../i18n/format.ts';
import type { Translator } from '../i18n/locales.ts';
import { isOfficerText, type OfficerText } from '../letters/officer-text.ts';
import { isolate } from './text/isolate.ts';

export interface RenderData {
  readonly t: Translator;
  readonly language: LanguageCode;
}

/** Thrown inside a template run and turned into I18N_MISSING_KEY by the fill stage. */
export class MissingTranslationError extends Error {
  constructor(readonly key: string) {
    super(`missing translation: ${key}`);
  }
}

/**
 * A sentence that ends in a cited provision ("…, jf. udlændingelovens § 33, stk. 3, 4. pkt.") takes the
 * abbreviation's period as its full stop: one period, not two (the provision comes from the plan, the full stop
 * from the locale string; the provision may end in the bidi isolate's closing mark, text/isolate.ts).
 */
const oneFinalPeriod = (text: string): string => text.replace(/\b(pkt|stk|nr)\.(\u2069?)\./g, '$1.$2');

const KNOWN_HELPERS = {
  t: true,
  date: true,
  number: true,
  kroner: true,
  eq: true,
  any: true,
  join: true,
  isolate: true,
  together: true,
  country: true,
  officerText: true,
  officerList: true,
} as const;

/**
 * Every value a template prints (`{{officer.name}}`, `{{this}}` of an address, `{{date …}}`) is a bidi
 * isolate, as the `t` helper's values are: inside right-to-left text a postcode stays before its city
 * ("2100 København Ø", print review D3), a case or phone number keeps its order, and an Arabic name in a
 * Danish sentence does not move the words around it. Done once on the compiled templates' syntax tree,
 * so no template can forget it. `{{t …}}` is a whole sentence with markup and is left as it is.
 */
function isolateValues(program: hbs.AST.Program): hbs.AST.Program {
  program.body = program.body.map((statement) => {
    // An inline partial (`{{#*inline}}`, a decorator block) prints values as a block does: isolated too.
    if (statement.type === 'BlockStatement' || statement.type === 'DecoratorBlock') {
      const block = statement as hbs.AST.BlockStatement;
      isolateValues(block.program);
      if (block.inverse) isolateValues(block.inverse);
      return statement;
    }
    if (statement.type !== 'MustacheStatement') return statement;
    const mustache = statement as hbs.AST.MustacheStatement;
    const path = mustache.path as hbs.AST.PathExpression;
    // officerText and officerList print their own paragraphs and lists (markup): its text is escaped inside, and a paragraph is no inline value.
    if (path.type === 'PathExpression' && ['t', 'isolate', 'officerText', 'officerList'].includes(path.original))
      return statement;
    const value: hbs.AST.Expression =
      mustache.params.length || mustache.hash
        ? ({
            type: 'SubExpression',
            path: mustache.path,
            params: mustache.params,
            hash: mustache.hash,
            loc: mustache.loc,
          } as hbs.AST.SubExpression)
        : mustache.path;
    const isolatePath = {
      type: 'PathExpression',
      data: false,
      depth: 0,
      parts: ['isolate'],
      original: 'isolate',
      loc: mustache.loc,
    };
    // The printed expression, for strict mode's error: a helper's arguments are not looked up strictly.
    const shown = { type: 'StringLiteral', value: path.original ?? '', original: path.original ?? '', loc: mustache.loc };
    return { ...mustache, path: isolatePath, params: [value, shown], hash: undefined } as unknown as hbs.AST.MustacheStatement;
  });
  return program;
}

/** The notice, in the part's language, that a passage of the officer's text is only available in Danish. */
function danishOnlyNotice(data: RenderData): string {
  const notice = data.t.markup('common:officerText.danishOnly', {});
  if (notice === null) throw new MissingTranslationError('common:officerText.danishOnly');
  return notice;
}

/**
 * The marked box: the notice (bold, kept with what follows), then the Danish as a Danish section; a passage in it
 * is a quote (the notice's bar, the officer's words in regular weight: only the notice is bold).
 */
const danishBoxOpening = (notice: string) =>
  `<p class="note keep-with-next"><strong>${notice}</strong></p><section lang="da" dir="ltr">`;
const danishBox = (data: RenderData, danishHtml: string) => `${danishBoxOpening(danishOnlyNotice(data))}${danishHtml}</section>`;

/** Per notice text (one per language): the markup between two boxes that follow each other. */
const boxJoins = new Map<string, RegExp>();

/**
 * Consecutive passages of the officer's text without a translation (the 9 c, stk. 1 findings, what is requested
 * and why) share one notice and one Danish box: a box followed by nothing but the next notice and box is joined.
 * A sentence between two boxes keeps each its own notice.
 */
function oneNoticeForConsecutiveBoxes(html: string, data: RenderData): string {
  if (!html.includes('<section lang="da" dir="ltr">')) return html; // no box: the Danish part and most translations
  const notice = danishOnlyNotice(data);
  let between = boxJoins.get(notice);
  if (!between) {
    const escaped = danishBoxOpening(notice).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    between = new RegExp(`</section>(\\s*)${escaped}`, 'g');
    boxJoins.set(notice, between);
  }
  return html.replace(between, '$1');
}

export interface TemplateStore {
  has(letterId: string): boolean;
  run(letterId: string, context: object, data: RenderData): string;
}

export function loadTemplates(dir = projectPath('templates')): TemplateStore {
  const env = Handlebars.create();
  env.registerHelper('t', (key: string, options: Handlebars.HelperOptions) => {
    const data = options.data as RenderData;
    // null means "not known": i18next would print "null", so it is passed as missing and refused below.
    // Each value is a bidi isolate: a case number or Latin name keeps its order inside an Arabic sentence.
    const values = Object.fromEntries(
      Object.entries(options.hash)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, typeof v === 'string' ? isolate(v) : v]),
    );
    const text = data.t.markup(key, values);
    if (text === null) throw new MissingTranslationError(key);
    return new env.SafeString(oneFinalPeriod(text)); // values were escaped by i18next; the string's own markup is checked by parse
  });
  env.registerHelper('date', (value: CivilDate, options: Handlebars.HelperOptions) =>
    formatDate(value, (options.data as RenderData).language),
  );
  env.registerHelper('number', (value: number, options: Handlebars.HelperOptions) =>
    formatNumber(value, (options.data as RenderData).language),
  );
  env.registerHelper('kroner', (value: number, options: Handlebars.HelperOptions) =>
    formatKroner(value, (options.data as RenderData).language),
  );
  env.registerHelper('isolate', (value: unknown, shown: string) => {
    // Strict mode, as for `{{value}}`: a variable the context lacks is a template error (null is "not known", printed as nothing).
    if (value === undefined) throw new Error(`"${shown}" not defined`);
    return value === null ? '' : isolate(String(value));
  });
  // Values that read as one in any direction ("Udlændingestyrelsen, Center for Asyl", "2100 Holbæk"): joined,
  // then isolated as one, so a right-to-left part does not put the second before the first. null values are left out.
  env.registerHelper('together', (...args: unknown[]) => {
    const options = args.pop() as Handlebars.HelperOptions;
    if (args.some((value) => value === undefined)) throw new Error('together: a value is not defined');
    return args.filter((value) => value !== null && value !== '').join(String(options.hash.sep ?? ' '));
  });
  // A country or nationality code (domain/countries.ts) named in the part's language: CLDR for a country, the locale
  // for stateless/unknown. A code without a name stops the render (I18N_MISSING_KEY), never prints the code.
  env.registerHelper('country', (code: string, options: Handlebars.HelperOptions) => {
    const data = options.data as RenderData;
    const key = nonCountryKey(code);
    const name = key ? data.t.markup(key, {}) : countryName(code, data.language);
    if (name === null) throw new MissingTranslationError(key ?? `country:${code}`);
    return name;
  });
  // One passage of the officer's own words (letters/officer-text.ts) as a paragraph in the part's language. Where a
  // translated part has no translation of it: the Danish inside a marked box (a note saying, in the part's language,
  // that the passage is only in Danish, then the Danish as a Danish section) — the part is a draft (index.ts).
  // With `lead` (a locale key) and `as` (its placeholder): the passage ends that sentence ("…the purpose of the trip
  // was: {{purpose}}"); where it is missing in the part's language the sentence ends at its colon and the box follows.
  env.registerHelper('officerText', (passage: unknown, options: Handlebars.HelperOptions) => {
    const data = options.data as RenderData;
    if (!isOfficerText(passage)) throw new Error("officerText: expected the officer's text");
    // lead: the sentence that ends with the passage (at its colon), the passage as `as`; intro: the same sentence
    // without the passage, for a part that lacks it (where the passage sits mid-sentence, a lead with '' would leave
    // a broken sentence); after: where the lead goes on past the passage, the rest of it, printed after the box
    // ("…does not concern [box]. It can therefore not…"); next: a sentence that follows the lead in its paragraph
    // (V-REOPEN-INTRO's "[INDSÆT]. [VÆLG]…"), after the box where the passage is missing; any other hash value fills
    // the sentences, isolated as the `t` helper's.
    const { lead, as, intro, after, next, strong, ...rest } = options.hash as Record<string, unknown> & {
      lead?: string;
      as?: string;
      intro?: string;
      after?: string;
      next?: string;
      strong?: boolean;
    };
    const bold = (html: string) => (strong ? `<strong>${html}</strong>` : html);
    const values = Object.fromEntries(
      Object.entries(rest)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, typeof v === 'string' ? isolate(v) : v]),
    );
    const own = passage[data.language];
    const words = (key: string, extra: Record<string, unknown>) => {
      const text = data.t.markup(key, { ...values, ...extra });
      if (text === null) throw new MissingTranslationError(key);
      return oneFinalPeriod(text);
    };
    const sentence = (key: string | undefined, extra: Record<string, unknown>, keep = false) =>
      key === undefined ? '' : `<p${keep ? ' class="keep-with-next"' : ''}>${words(key, extra)}</p>`;
    if (own !== undefined)
      return new env.SafeString(
        lead === undefined
          ? `<p>${bold(env.escapeExpression(own))}</p>`
          : `<p>${words(lead, { [as ?? 'text']: isolate(own) })}${next === undefined ? '' : ` ${words(next, {})}`}</p>`,
      );
    const danish = env.escapeExpression(passage[MASTER_LANGUAGE]);
    const before = intro === undefined ? sentence(lead, { [as ?? 'text']: '' }, true) : sentence(intro, {}, true);
    const box = danishBox(data, `<p class="quote">${bold(danish)}</p>`);
    return new env.SafeString(`${before}${box}${sentence(after, {})}${sentence(next, {})}`);
  });
  // A list of the officer's items (documents missing): in the part's language where every item has it, else the
  // Danish list in the marked box; a list never mixes the part's language with Danish items. An item may be a
  // record of passages (what is missing, and why), printed as one line joined by `join`.
  env.registerHelper('officerList', (items: unknown, options: Handlebars.HelperOptions) => {
    const data = options.data as RenderData;
    const { join = ': ' } = options.hash as { join?: string };
    const passages = (item: unknown): OfficerText[] =>
      isOfficerText(item) ? [item] : item !== null && typeof item === 'object' ? Object.values(item).filter(isOfficerText) : [];
    if (!Array.isArray(items) || items.some((item) => passages(item).length === 0))
      throw new Error("officerList: expected a list of the officer's text");
    const line = (item: unknown, language: LanguageCode) => {
      const texts = passages(item).map((passage) => passage[language]);
      return texts.every((text): text is string => text !== undefined) ? texts.join(join) : undefined;
    };
    const list = (lines: readonly string[]) =>
      `<ul>${lines.map((text) => `<li>${env.escapeExpression(text)}</li>`).join('')}</ul>`;
    const own = items.map((item) => line(item, data.language));
    if (own.every((text): text is string => text !== undefined)) return new env.SafeString(list(own));
    const danish = items.map((item) => line(item, MASTER_LANGUAGE) ?? '');
    return new env.SafeString(danishBox(data, list(danish)));
  });
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  // Whether any value is there, as `#if` takes it (an empty list is not): `{{#if (any unit address web)}}`.
  env.registerHelper('any', (...args: unknown[]) =>
    args.slice(0, -1).some((value) => (Array.isArray(value) ? value.length > 0 : Boolean(value))),
  );
  env.registerHelper('join', (list: readonly string[] | null, separator: string) => {
    if (!Array.isArray(list)) throw new Error('join: expected a list');
    return list.join(separator);
  });

  const compileOptions = { strict: true, knownHelpersOnly: true, knownHelpers: KNOWN_HELPERS, noEscape: false };
  for (const file of readdirSync(`${dir}/partials`).filter((f) => f.endsWith('.hbs'))) {
    env.registerPartial(
      file.slice(0, -4),
      env.compile(isolateValues(env.parse(readFileSync(`${dir}/partials/${file}`, 'utf8'))), compileOptions),
    );
  }
  const templates = new Map<string, HandlebarsTemplateDelegate>();
  for (const file of readdirSync(`${dir}/letters`).filter((f) => f.endsWith('.hbs'))) {
    templates.set(
      file.slice(0, -4),
      env.compile(isolateValues(env.parse(readFileSync(`${dir}/letters/${file}`, 'utf8'))), compileOptions),
    );
  }
  return {
    has: (letterId) => templates.has(letterId),
    run(letterId, context, data) {
      const template = templates.get(letterId);
      if (!template) throw new Error(`no template for ${letterId}`);
      return oneNoticeForConsecutiveBoxes(
        template(context, { data, allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false }),
        data,
      );
    },
  };
}
