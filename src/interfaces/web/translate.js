/**
 * The translator view: pick a letter and a language, read Danish and translation side by side with
 * their status, download the XLIFF, check a translated XLIFF as `letters i18n import` would (nothing
 * is written: the file is handed in), and preview a sample letter, optionally with the uploaded file.
 * Plain JavaScript modules: no framework, nothing fetched but this service.
 */
import { ApiError, apiKey, call, saveDownload, send } from './api.js';
import { stringsTable, summaryText } from './strings-table.js';

const $ = (selector) => document.querySelector(selector);
const XLIFF = 'application/xliff+xml';
const state = { languages: [], view: null, upload: null, sequence: 0 };

const paragraph = (text, className = '') => Object.assign(document.createElement('p'), { textContent: text, className });
const status = (text) => {
  $('#status').textContent = text;
};
const failure = (error) =>
  error instanceof ApiError
    ? `${error.problem?.title ?? 'The service refused'} (HTTP ${error.status})`
    : 'The service did not answer.';
const pickedPath = () => `/api/translations/${$('#letter').value}/${$('#language').value}`;
const pickedLanguage = () => state.languages.find((l) => l.code === $('#language').value);

async function loadChoices() {
  if (!apiKey.get()) return status('Enter your API key first.');
  try {
    const choices = await (await call('/api/translations')).json();
    state.languages = choices.languages;
    $('#letter').replaceChildren(new Option('– choose a letter –', ''), ...choices.letters.map((id) => new Option(id, id)));
    $('#language').replaceChildren(...choices.languages.map((l) => new Option(`${l.name} (${l.code})`, l.code)));
    $('#languages').replaceChildren(summaryTable(choices.summary, choices.languages));
    status('');
  } catch (error) {
    status(failure(error));
  }
}

/** The table and the samples for the picked letter and language, then a preview of the first sample. */
async function loadStrings() {
  const sequence = ++state.sequence;
  if (!$('#letter').value) return;
  status('Loading the strings…');
  try {
    const [view, samples] = await Promise.all([
      call(pickedPath()).then((r) => r.json()),
      call(`/api/letters/${$('#letter').value}/samples`).then((r) => r.json()),
    ]);
    if (sequence !== state.sequence) return;
    state.view = view;
    $('#sample').replaceChildren(...samples.samples.map((s) => new Option(s.name, s.name)));
    showTable();
    status(`${view.rows.length} strings loaded.`);
    await preview();
  } catch (error) {
    status(failure(error));
  }
}

/** Per language: of how many letters it has, and how its strings stand (as `letters i18n status` prints it). */
function summaryTable(summary, languages) {
  const table = document.createElement('table');
  table.createCaption().textContent =
    'Strings of the shared texts and of every letter, plural forms per language. Stale: the Danish changed since (counts as draft).';
  const head = table.createTHead().insertRow();
  for (const title of ['Language', 'Letters', 'Strings', 'Missing', 'Stale', 'Draft', 'Reviewed', 'Approved']) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = title;
    head.append(th);
  }
  const body = table.createTBody();
  for (const s of summary) {
    const row = body.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = s.language;
    th.title = languages.find((l) => l.code === s.language)?.name ?? s.language;
    row.append(th);
    for (const value of [`${s.letters} of ${s.ofLetters}`, s.strings, s.missing, s.stale, s.draft, s.reviewed, s.approved])
      row.insertCell().textContent = String(value);
  }
  return table;
}

function showTable() {
  if (!state.view) return;
  $('#overview').textContent = summaryText(state.view);
  $('#strings').replaceChildren(stringsTable(state.view, pickedLanguage(), $('#show').value === 'open'));
}

async function downloadXliff() {
  if (!$('#letter').value) return status('Choose a letter first.');
  try {
    const response = await call(`${pickedPath()}/xliff`);
    const file = await saveDownload(response, 'letter.xlf');
    status(`Downloaded ${file}.`);
  } catch (error) {
    status(failure(error));
  }
}

/** The import check: its findings, or the changes `letters i18n import` would make. */
async function checkUpload() {
  const file = $('#upload').files?.[0];
  if (!file || !$('#letter').value) return status('Choose a letter and a translated XLIFF file first.');
  state.upload = await file.text();
  const result = $('#check-result');
  try {
    const report = await (await send(`${pickedPath()}/import`, state.upload, XLIFF)).json();
    result.replaceChildren(...checkReport(report));
    result.focus();
    if ($('#with-upload').checked) await preview();
  } catch (error) {
    result.replaceChildren(paragraph(failure(error), 'verdict bad'));
  }
}

function checkReport(report) {
  const list = (items) => {
    const ul = document.createElement('ul');
    ul.append(...items.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
    return ul;
  };
  if (report.findings.length)
    return [
      paragraph(`${report.findings.length} finding(s): import would refuse this file. Nothing was saved.`, 'verdict bad'),
      list(report.findings.map((f) => `${f.path}: ${f.message.en} (${f.code})`)),
    ];
  if (!report.changes.length) return [paragraph('No changes: the repository already says what the file says.', 'verdict')];
  return [
    paragraph(
      `The file passes every check. Import would make ${report.changes.length} change(s). Nothing was saved: hand the file in to have it imported.`,
      'verdict',
    ),
    list(report.changes.map((c) => `${c.what} ${c.namespace}:${c.key} (${c.from === c.to ? c.to : `${c.from} → ${c.to}`})`)),
  ];
}

/** Danish + the picked language for the chosen sample; with the uploaded file when asked (a scratch copy on the service). */
async function preview() {
  const sample = $('#sample').value;
  if (!sample) return;
  const sequence = state.sequence;
  const withUpload = $('#with-upload').checked && state.upload;
  try {
    const response = withUpload
      ? await send(`${pickedPath()}/preview?sample=${encodeURIComponent(sample)}`, state.upload, XLIFF)
      : await call(`/api/letters/${$('#letter').value}/preview`, { sample, languages: ['da', $('#language').value] });
    if (sequence !== state.sequence) return;
    const html = (response.headers.get('content-type') ?? '').includes('text/html');
    $('#preview').srcdoc = html ? await response.text() : '';
    status(html ? `Preview of ${sample}${withUpload ? ' with the uploaded XLIFF' : ''}.` : 'No letter is due for this sample.');
  } catch (error) {
    $('#preview').srcdoc = '';
    const findings = error instanceof ApiError ? (error.problem?.findings ?? error.problem?.errors ?? []) : [];
    status(`${failure(error)}${findings.length ? `: ${findings.map((f) => f.message.en).join('; ')}` : ''}`);
  }
}

document.addEventListener('DOMContentLoaded', () => {
  $('#api-key').value = apiKey.get();
  // The table scrolls inside its box: focusable so that keyboard users can scroll it too (WCAG 2.1.1).
  $('#strings').tabIndex = 0;
  $('#key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    apiKey.set($('#api-key').value);
    loadChoices();
  });
  $('#letter').addEventListener('change', loadStrings);
  $('#language').addEventListener('change', loadStrings);
  $('#show').addEventListener('change', showTable);
  $('#download').addEventListener('click', downloadXliff);
  $('#check').addEventListener('click', checkUpload);
  $('#show-preview').addEventListener('click', preview);
  $('#sample').addEventListener('change', preview);
  for (const form of document.querySelectorAll('form')) form.addEventListener('submit', (event) => event.preventDefault());
  loadChoices();
});
