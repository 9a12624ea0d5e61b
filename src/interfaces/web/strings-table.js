/**
 * The side-by-side table of the translator view: one row per string, the key as the row header,
 * Danish (lang="da") beside the translation (its own lang and direction), then the status in words,
 * where the Danish comes from and the placeholders to keep. Text only: nothing here parses HTML.
 */
const STATUS_WORDS = {
  missing: 'missing',
  stale: 'stale: the Danish changed',
  draft: 'draft',
  reviewed: 'reviewed',
  approved: 'approved',
};
const ORIGIN_WORDS = {
  verbatim: 'verbatim legal text: translate exactly',
  composed: 'composed from the legal source',
  structural: 'label or structure',
};
const NEEDS_WORK = new Set(['missing', 'stale', 'draft']);

const element = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

/** A table for `view` (the API's answer) and `language` ({ code, name, direction }); `open`: only rows that need work. */
export function stringsTable(view, language, open) {
  const rows = view.rows.filter((row) => !open || NEEDS_WORK.has(row.status));
  const header = element(
    'tr',
    {},
    ...['Key', 'Danish (binding)', `${language.name}`, 'Status', 'Danish wording', 'Placeholders'].map((text) =>
      element('th', { scope: 'col', textContent: text }),
    ),
  );
  const shown = open ? `${rows.length} of ${view.rows.length} strings need work` : `${rows.length} strings`;
  return element(
    'table',
    {},
    element('caption', { textContent: `${view.letter} and the shared strings (common), Danish and ${language.name}: ${shown}` }),
    element('thead', {}, header),
    element('tbody', {}, ...rows.map((row) => stringRow(row, language))),
  );
}

function stringRow(row, language) {
  const translation =
    row.translation === null
      ? element('td', { className: 'text empty', textContent: 'not translated yet' })
      : element('td', { className: 'text', lang: language.code, dir: language.direction, textContent: row.translation });
  const origin = row.origin ? `${ORIGIN_WORDS[row.origin]}${row.source ? ` (${row.source})` : ''}` : '–';
  const placeholders = element('td', { className: 'placeholders' });
  if (row.placeholders.length) placeholders.append(...row.placeholders.map((p) => element('code', { textContent: p })));
  else placeholders.textContent = '–';
  return element(
    'tr',
    { id: `row-${row.namespace}-${row.key}`.replace(/[^\w-]/g, '_') },
    element('th', { scope: 'row', textContent: `${row.namespace}:${row.key}` }),
    element('td', { className: 'text', lang: 'da', textContent: row.danish }),
    translation,
    element('td', { className: `status status-${row.status}`, textContent: STATUS_WORDS[row.status] ?? row.status }),
    element('td', { textContent: origin }),
    placeholders,
  );
}

/** The letter × language cell of `letters i18n status`, in words. */
export function summaryText(view) {
  const cell = view.summary;
  if (!cell) return 'This language has no file for this letter yet: every string is missing.';
  const parts = [];
  if (cell.missing) parts.push(`${cell.missing} missing`);
  if (cell.stale) parts.push(`${cell.stale} stale`);
  if (cell.problems) parts.push(`${cell.problems} other problems (run letters i18n check)`);
  const state = parts.length ? `Open: ${parts.join(', ')}` : 'Complete: every string is translated';
  return `${state}. The letter goes out as ${cell.status}${cell.status === 'approved' ? '' : ', with the draft-translation mark'}.`;
}
