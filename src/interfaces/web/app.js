/**
 * The officers' page: pick a letter type, fill the form generated from its input schema, see field
 * errors as you type, the plan, a live preview and what will be sent, and download the PDF. The input is kept
 * as a draft per case in this browser until the letter is downloaded; the case's sent letters are found in the
 * journal, re-rendered, and start the next letter. Danish by default, English by the switch. Plain JavaScript
 * modules: no framework, nothing fetched but this service.
 */
import { ApiError, apiKey, call, saveDownload } from './api.js';
import { drafts } from './drafts.js';
import { buildForm } from './form.js';
import { danishTime, journalView, sharedFacts } from './journal.js';
import { CHOICES, FIELDS, LANGUAGE_NAMES, WORDS } from './labels.js';
import { outgoingView } from './outgoing.js';
import { planView } from './plan-view.js';

const $ = (selector) => document.querySelector(selector);
const state = {
  lang: 'da',
  letters: [],
  letter: null,
  form: null,
  samples: [],
  touched: new Set(),
  showAll: false,
  timer: 0,
  sequence: 0,
  /** The case number the current input is kept under as a draft (null: not kept). */
  draftCase: null,
  /** The last sent letters found in the journal. */
  journal: [],
};

const word = (key, values = {}) => (WORDS[state.lang][key] ?? key).replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
const words = {
  get lang() {
    return state.lang;
  },
  word,
  field: (name) => FIELDS[state.lang][name] ?? name,
  /** A property name in the officer's words: the letter schema's, else the page's dictionary, else the name. */
  label: (name) => state.form?.nameLabel(name) ?? FIELDS[state.lang][name] ?? name,
  choice: (value) => CHOICES[state.lang][value] ?? value,
  language: () => state.lang,
};

function applyWords() {
  document.documentElement.lang = state.lang;
  document.title = word('title');
  for (const node of document.querySelectorAll('[data-word]')) node.textContent = word(node.dataset.word);
  const other = state.lang === 'da' ? 'en' : 'da';
  const toggle = $('#switch-language');
  toggle.lang = other;
  toggle.setAttribute('aria-label', `${word('switchLanguage')}: ${word('switchLanguageLabel')}`);
  $('#preview').title = word('previewTitle');
}

function fillLetterTypes() {
  const select = $('#letter-type');
  const current = select.value;
  select.replaceChildren(
    new Option(word('chooseLetter'), ''),
    ...state.letters.map((l) => new Option(`${state.lang === 'da' ? l.titleDa : l.title}${templateNumbers(l)}`, l.id)),
  );
  select.value = current;
  const next = $('#next-letter');
  const chosen = next.value;
  next.replaceChildren(
    ...state.letters.map((l) => new Option(`${state.lang === 'da' ? l.titleDa : l.title}${templateNumbers(l)}`, l.id)),
  );
  next.value = chosen || state.letter?.id || state.letters[0]?.id || '';
}

/** The agency's template numbers, so that an officer finds a letter by the number they know. */
const templateNumbers = (letter) => (letter.templateNumbers?.length ? ` (standard ${letter.templateNumbers.join(', ')})` : '');

async function loadCatalogue() {
  if (!apiKey.get()) return status(word('keyMissing'));
  try {
    state.letters = (await (await call('/api/letters')).json()).letters;
    fillLetterTypes();
    status('');
  } catch (error) {
    showFailure(error);
  }
}

/** Builds the letter type's form; `restore` (the page's language switched) puts the input back at once. */
async function chooseLetter(id, restore = null) {
  state.letter = state.letters.find((l) => l.id === id) ?? null;
  state.touched.clear();
  state.showAll = false;
  clearResults();
  if (!state.letter) {
    state.form = null;
    return $('#fields').replaceChildren();
  }
  state.form = buildForm(state.letter.inputSchema, $('#fields'), words);
  const second = $('#second-language');
  const others = state.letter.languages.filter((l) => l.code !== 'da');
  second.replaceChildren(
    ...(state.letter.secondLanguageRequired ? [] : [new Option(word('none'), '')]),
    ...others.map(
      (l) => new Option(`${LANGUAGE_NAMES[l.code] ?? l.code}${l.status === 'approved' ? '' : ` (${l.status})`}`, l.code),
    ),
  );
  if (restore) {
    state.form.write(restore.values);
    second.value = restore.second;
    state.draftCase = restore.draftCase;
    if (restore.draftCase) showDraftState(drafts.load(id, restore.draftCase)?.savedAt ?? null);
  }
  state.samples = (await (await call(`/api/letters/${id}/samples`)).json()).samples;
  $('#sample').replaceChildren(...state.samples.map((s) => new Option(s.name, s.name)));
  showDrafts();
  if (restore) {
    $('#sample').value = restore.sample;
    check();
  }
}

/** The drafts of this letter type kept in this browser, to open one. */
function showDrafts() {
  const kept = state.letter ? drafts.list(state.letter.id) : [];
  $('#drafts').hidden = kept.length === 0;
  $('#draft-list').replaceChildren(
    ...kept.map((d) => new Option(word('draftCase', { caseNumber: d.caseNumber, time: danishTime(d.savedAt) }), d.caseNumber)),
  );
}

/** Keeps the input under its case number (the previous case number's draft goes: it was this one, mistyped). */
function saveDraft() {
  if (!state.letter || !state.form) return;
  const body = requestBody();
  const caseNumber = typeof body.data.caseNumber === 'string' ? body.data.caseNumber.trim() : '';
  if (state.draftCase && state.draftCase !== caseNumber) drafts.discard(state.letter.id, state.draftCase);
  state.draftCase = caseNumber || null;
  if (!caseNumber) return showDraftState(null);
  showDraftState(drafts.save(state.letter.id, caseNumber, body));
}

function showDraftState(savedAt) {
  $('#draft-state').hidden = savedAt === null;
  $('#draft-text').textContent =
    savedAt === null ? '' : word('draftSaved', { time: danishTime(savedAt), caseNumber: state.draftCase });
}

function forgetDraft(message) {
  if (state.letter && state.draftCase) drafts.discard(state.letter.id, state.draftCase);
  state.draftCase = null;
  showDraftState(null);
  showDrafts();
  if (message) status(word(message));
}

/** Puts an input into the form as if it was typed (every field counts as touched, or only those given), then checks it. */
function fillForm(languages, data, touchedOnly = null) {
  state.form?.write(data);
  $('#second-language').value = languages?.[1] ?? '';
  for (const control of document.querySelectorAll('[data-path]')) {
    const path = control.dataset.path;
    if (!touchedOnly || touchedOnly.some((key) => path === `data.${key}` || path.startsWith(`data.${key}.`)))
      state.touched.add(path);
  }
  clearTimeout(state.timer);
  check();
}

const languages = () => ['da', ...($('#second-language').value ? [$('#second-language').value] : [])];
const requestBody = () => ({ languages: languages(), data: state.form?.read() ?? {} });

function scheduleCheck() {
  clearTimeout(state.timer);
  state.timer = setTimeout(check, 350);
}

/** validate → plan and errors; when valid, the preview. Older answers never overwrite newer ones. */
async function check() {
  if (!state.letter) return;
  const sequence = ++state.sequence;
  try {
    const plan = await (await call(`/api/letters/${state.letter.id}/validate`, requestBody())).json();
    if (sequence !== state.sequence) return;
    showErrors([]);
    showPlan(plan);
    await preview(sequence);
    await outgoing(sequence, plan);
  } catch (error) {
    if (sequence !== state.sequence) return;
    if (error instanceof ApiError && error.status === 422) {
      showErrors(error.problem.errors);
      $('#plan').replaceChildren(paragraph(word('planEmpty')));
      stalePreview();
      $('#outgoing-body').replaceChildren(paragraph(word('outgoingBlocked')));
    } else showFailure(error);
  }
}

/** What will be sent: the set's documents with recipients, languages and pages, laid out by the service. */
async function outgoing(sequence, plan) {
  const body = $('#outgoing-body');
  if (!plan.due) return body.replaceChildren(paragraph(word('outgoingNone')));
  body.replaceChildren(paragraph(word('outgoingCounting')));
  try {
    const answer = await (await call(`/api/letters/${state.letter.id}/documents`, requestBody())).json();
    if (sequence !== state.sequence) return;
    body.replaceChildren(answer.due ? outgoingView(answer, plan, state.letters, words) : paragraph(word('outgoingNone')));
  } catch (error) {
    if (sequence !== state.sequence) return;
    body.replaceChildren(paragraph(word('outgoingUnknown', { status: error instanceof ApiError ? error.status : '–' })));
  }
}

/** While the form has a problem the preview shows no letter: never the last good one, which is not what will be sent. */
function stalePreview() {
  const message = paragraph(word('previewBlocked'));
  $('#preview').srcdoc =
    `<!doctype html><html lang="${state.lang}"><body style="font:16px system-ui,sans-serif;color:#4a4a4a;padding:1rem">${message.outerHTML}</body></html>`;
}

async function preview(sequence) {
  const response = await call(`/api/letters/${state.letter.id}/preview`, requestBody());
  if (sequence !== state.sequence) return;
  const frame = $('#preview');
  if ((response.headers.get('content-type') ?? '').includes('text/html')) frame.srcdoc = await response.text();
  else frame.srcdoc = '';
}

function showPlan(plan) {
  const draft = plan.due && state.letter.languages.some((l) => l.code === languages()[1] && l.status !== 'approved');
  $('#plan').replaceChildren(planView(plan, state.letter, draft, words));
}

/** The nearest element for a problem's path: the field itself, or the row, list or group that holds it. */
function nearest(path, find) {
  for (let at = path; at; at = at.replace(/(\[\d+\]|\.[^.[]+)$/, '')) {
    const found = find(at);
    if (found) return found;
    if (!/(\[\d+\]|\.[^.[]+)$/.test(at)) break;
  }
  return null;
}

function controlFor(path) {
  if (path.startsWith('languages')) return $('#second-language');
  return nearest(path, (at) => $('#fields').querySelector(`[data-path="${CSS.escape(at)}"]`));
}

/** Inline errors for fields the officer has touched (all of them after a download attempt), and a summary then. */
function showErrors(errors) {
  for (const node of document.querySelectorAll('.form-error')) node.classList.remove('form-error');
  for (const node of document.querySelectorAll('[data-error-for]')) {
    node.hidden = true;
    node.textContent = '';
    delete node.dataset.code;
  }
  for (const control of document.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
  const shown = [];
  const touchedAt = (path) =>
    [...state.touched].some(
      (t) =>
        t === path ||
        t.startsWith(`${path}.`) ||
        t.startsWith(`${path}[`) ||
        // inside a field typed as a whole (a JSON area): the field was touched
        path.startsWith(`${t}.`) ||
        path.startsWith(`${t}[`) ||
        path.startsWith('languages'),
    );
  for (const found of errors) {
    // a problem of the letter as a whole (no path) shows above the form, always
    const error = found.path ? found : { ...found, path: 'data' };
    // a contradiction shows at every field it concerns (`paths`): at the others, named after the field it is stated at
    const paths = found.paths ?? [error.path];
    const visible = error.path === 'data' || state.showAll || paths.some(touchedAt);
    if (!visible) continue;
    const message = error.message[state.lang];
    paths.forEach((path, index) => {
      const text = index === 0 ? message : `${labelOf(error.path)}: ${message}`;
      const slot = nearest(path, (at) => document.querySelector(`[data-error-for="${CSS.escape(at)}"]`));
      if (slot) {
        slot.textContent = slot.hidden ? text : `${slot.textContent} ${text}`;
        slot.dataset.code = slot.hidden ? error.code : `${slot.dataset.code} ${error.code}`;
        slot.hidden = false;
        slot.closest('.form-group, fieldset')?.classList.add('form-error');
      }
      controlFor(path)?.setAttribute('aria-invalid', 'true');
    });
    shown.push({ ...error, message });
  }
  const summary = $('#summary');
  summary.hidden = !(state.showAll && shown.length);
  if (summary.hidden) return;
  const items = shown.map((e) => {
    const link = Object.assign(document.createElement('a'), {
      className: 'function-link',
      textContent: `${labelOf(e.path)}: ${e.message}`,
    });
    const target = controlFor(e.path) ?? $('#fields').querySelector(`[data-group="${e.path}"] [data-path]`);
    if (target) link.href = `#${target.id}`;
    const item = document.createElement('li');
    item.append(link);
    return item;
  });
  const list = document.createElement('ul');
  list.append(...items);
  // a DKFDS error summary: heading, then a link to each field with a problem
  const heading = Object.assign(paragraph(shown.length === 1 ? word('problem') : word('problems', { n: shown.length })), {
    className: 'alert-heading',
  });
  list.className = 'alert-text nobullet-list';
  const body = Object.assign(document.createElement('div'), { className: 'alert-body' });
  body.append(heading, list);
  summary.replaceChildren(body);
}

const labelOf = (path) =>
  path.startsWith('languages') ? word('languages') : (state.form?.label(path) ?? words.field(path.split('.').pop() ?? path));
const paragraph = (text) => Object.assign(document.createElement('p'), { textContent: text });
const status = (text) => {
  $('#status').textContent = text;
};

function clearResults() {
  $('#plan').replaceChildren(paragraph(word('planEmpty')));
  $('#outgoing-body').replaceChildren(paragraph(word('outgoingEmpty')));
  state.draftCase = null;
  showDraftState(null);
  $('#preview').srcdoc = '';
  $('#summary').hidden = true;
  status('');
}

function showFailure(error) {
  status(
    error instanceof ApiError
      ? `${error.problem?.title ?? ''} ${word('failed', { status: error.status })}`
      : word('failed', { status: '–' }),
  );
}

async function download() {
  if (!state.letter) return;
  state.showAll = true;
  status(word('loading'));
  try {
    const response = await call(`/api/letters/${state.letter.id}/render`, requestBody());
    if (!(response.headers.get('content-type') ?? '').includes('application/pdf')) {
      showPlan({ ...(await response.json()) });
      return status(word('noLetter'));
    }
    const file = await saveDownload(response, 'letter.pdf');
    // the letter is made and journalled: its draft has served its purpose
    forgetDraft();
    status(`${word('downloaded', { file, pages: response.headers.get('x-letter-pages') ?? '?' })} ${word('draftCleared')}`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 422) {
      status('');
      showErrors(error.problem.errors);
      $('#summary').focus();
    } else showFailure(error);
  }
}

/** The case's sent letters, newest first. */
async function searchJournal() {
  const caseNumber = $('#journal-case').value.trim();
  if (!caseNumber) return;
  try {
    const { letters } = await (await call(`/api/journal?case=${encodeURIComponent(caseNumber)}`)).json();
    state.journal = [...letters].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    showJournal();
    status(word('journalFound', { n: letters.length }));
  } catch (error) {
    showFailure(error);
  }
}

function showJournal() {
  $('#journal-results').replaceChildren(journalView(state.journal, state.letters, words, { rerender, startFrom }));
}

/** The journalled letter made again from its stored input; the service says whether the bytes are the same. */
async function rerender(entry) {
  try {
    const response = await call(`/api/journal/${entry.id}/pdf`);
    const file = await saveDownload(response, `${entry.letter}.pdf`);
    status(word(response.headers.get('x-reproduced') === 'true' ? 'reproduced' : 'notReproduced', { file }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) status(word('rerenderForbidden'));
    else showFailure(error);
  }
}

/** The next letter of the case: the chosen letter type's form, holding the facts the sent letter shares with it. */
async function startFrom(entry) {
  try {
    const { input } = await (await call(`/api/journal/${entry.id}`)).json();
    const next = $('#next-letter').value || entry.letter;
    $('#letter-type').value = next;
    await chooseLetter(next);
    const languages = state.letter.languages.some((l) => l.code === input.languages?.[1]) ? input.languages : ['da'];
    const shared = sharedFacts(input.data);
    fillForm(languages, shared, Object.keys(shared));
    saveDraft();
    status(word('startedFrom', { time: danishTime(entry.createdAt) }));
    $('#fields [data-path]')?.focus();
  } catch (error) {
    showFailure(error);
  }
}

function relabel() {
  const values = state.form ? state.form.read() : null;
  applyWords();
  fillLetterTypes();
  if (state.journal.length) showJournal();
  if (state.letter && values) {
    const restore = { values, second: $('#second-language').value, sample: $('#sample').value, draftCase: state.draftCase };
    chooseLetter(state.letter.id, restore);
  }
}

document.addEventListener('DOMContentLoaded', () => {
  $('#api-key').value = apiKey.get();
  $('#key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    apiKey.set($('#api-key').value);
    loadCatalogue();
  });
  $('#switch-language').addEventListener('click', () => {
    state.lang = state.lang === 'da' ? 'en' : 'da';
    relabel();
  });
  $('#letter-type').addEventListener('change', (event) => chooseLetter(event.target.value));
  $('#load-sample').addEventListener('click', () => {
    const sample = state.samples.find((s) => s.name === $('#sample').value);
    if (sample) fillForm(sample.languages, sample.data);
  });
  $('#open-draft').addEventListener('click', () => {
    const caseNumber = $('#draft-list').value;
    const draft = state.letter && caseNumber ? drafts.load(state.letter.id, caseNumber) : null;
    if (!draft) return;
    state.draftCase = caseNumber;
    showDraftState(draft.savedAt);
    fillForm(draft.languages, draft.data);
  });
  $('#discard-draft').addEventListener('click', () => {
    forgetDraft('draftDiscarded');
    state.form?.write({});
    state.touched.clear();
    scheduleCheck();
  });
  $('#journal-form').addEventListener('submit', (event) => {
    event.preventDefault();
    searchJournal();
  });
  const form = $('#letter-form');
  const onEdit = (event) => {
    // picking a letter type builds a new form; picking a sample changes nothing until it is loaded
    if (['sample', 'letter-type', 'draft-list'].includes(event.target.id)) return;
    if (event.target.dataset?.path) state.touched.add(event.target.dataset.path);
    if (event.target.id === 'second-language') state.touched.add('languages');
    saveDraft();
    scheduleCheck();
  };
  form.addEventListener('input', onEdit);
  form.addEventListener('change', onEdit);
  form.addEventListener('submit', (event) => event.preventDefault());
  $('#download').addEventListener('click', download);
  applyWords();
  loadCatalogue();
});
