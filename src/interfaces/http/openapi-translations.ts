/** The translator view's calls in the OpenAPI document (translator and admin keys; nothing here writes locales/). */
const problem = { content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
const path = [
  { name: 'letter', in: 'path', required: true, schema: { type: 'string' } },
  { name: 'lang', in: 'path', required: true, schema: { type: 'string' }, description: 'a translation (not da)' },
];
const xliffBody = { required: true, content: { 'application/xliff+xml': { schema: { type: 'string' } } } };
const refused = {
  '401': { description: 'no API key, or an unknown one', ...problem },
  '403': { description: 'not a translator or admin key', ...problem },
  '404': { description: 'no such letter', ...problem },
  '422': { description: 'Danish or an unknown language code', ...problem },
};

export const TRANSLATION_PATHS = {
  '/api/translations': {
    get: {
      summary: 'Letters and languages a translator can pick, and per language how its strings stand',
      responses: {
        '200': {
          description: 'letters, languages, summary (per language: letters, strings, missing, stale, draft, reviewed, approved)',
        },
      },
    },
  },
  '/api/translations/{letter}/{lang}': {
    get: {
      summary: 'Every string side by side: key, Danish, translation, status, origin of the Danish, placeholders',
      parameters: path,
      responses: { '200': { description: '{ letter, language, summary, rows }' }, ...refused },
    },
  },
  '/api/translations/{letter}/{lang}/xliff': {
    get: {
      summary: 'The XLIFF 1.2 export of the letter and common strings (as `letters i18n export --letter`)',
      parameters: path,
      responses: { '200': { description: 'the file', content: { 'application/xliff+xml': {} } }, ...refused },
    },
  },
  '/api/translations/{letter}/{lang}/import': {
    post: {
      summary: 'Check a translated XLIFF as `letters i18n import --dry-run`: findings or changes; nothing is written',
      parameters: path,
      requestBody: xliffBody,
      responses: { '200': { description: '{ written: false, findings, changes }' }, ...refused },
    },
  },
  '/api/translations/{letter}/{lang}/preview': {
    post: {
      summary: 'A sample letter (Danish + lang) with the XLIFF applied to a scratch copy of the strings',
      parameters: [...path, { name: 'sample', in: 'query', required: true, schema: { type: 'string' } }],
      requestBody: xliffBody,
      responses: {
        ...refused,
        '200': { description: 'HTML', content: { 'text/html': {} } },
        '422': { description: 'an unknown language (problem), or { findings }: the file does not pass the import checks' },
      },
    },
  },
};
