/**
 * The officers' page: pick a letter type, fill the form generated from its input schema, see field
 * errors as you type, the plan and a live preview, and download the PDF. Danish by default,
 * English by the switch. Plain JavaScript modules: no framework, nothing fetched but this service.
 */
import { ApiError, apiKey, call, saveDownload } from './api.js';
import { buildForm } from './form.js';
import { CHOICES, FIELDS, LANGUAGE_NAMES, WORDS } from './labels.js';
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
};

const word = (key, values = {}) => (WORDS[state.lang][key] ?? key).replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
const words = {
  get lang() {
    return state.lang;
  },
  word,
  field: (name) => FIELDS[state.lang][name] ?? name,
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

async function chooseLetter(id) {
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
  state.samples = (await (await call(`/api/letters/${id}/samples`)).json()).samples;
  $('#sample').replaceChildren(...state.samples.map((s) => new Option(s.name, s.name)));
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
  } catch (error) {
    if (sequence !== state.sequence) return;
    if (error instanceof ApiError && error.status === 422) {
      showErrors(error.problem.errors);
      $('#plan').replaceChildren(paragraph(word('planEmpty')));
      stalePreview();
    } else showFailure(error);
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
  for (const found of errors) {
    // a problem of the letter as a whole (no path) shows above the form, always
    const error = found.path ? found : { ...found, path: 'data' };
    const visible =
      error.path === 'data' ||
      state.showAll ||
      [...state.touched].some(
        (t) =>
          t === error.path ||
          t.startsWith(`${error.path}.`) ||
          t.startsWith(`${error.path}[`) ||
          // inside a field typed as a whole (a JSON area): the field was touched
          error.path.startsWith(`${t}.`) ||
          error.path.startsWith(`${t}[`) ||
          error.path.startsWith('languages'),
      );
    if (!visible) continue;
    const slot = nearest(error.path, (at) => document.querySelector(`[data-error-for="${CSS.escape(at)}"]`));
    const message = error.message[state.lang];
    if (slot) {
      slot.textContent = slot.hidden ? message : `${slot.textContent} ${message}`;
      slot.dataset.code = slot.hidden ? error.code : `${slot.dataset.code} ${error.code}`;
      slot.hidden = false;
      slot.closest('.form-group, fieldset')?.classList.add('form-error');
    }
    controlFor(error.path)?.setAttribute('aria-invalid', 'true');
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
    status(word('downloaded', { file, pages: response.headers.get('x-letter-pages') ?? '?' }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 422) {
      status('');
      showErrors(error.problem.errors);
      $('#summary').focus();
    } else showFailure(error);
  }
}

function relabel() {
  const values = state.form ? state.form.read() : null;
  applyWords();
  fillLetterTypes();
  if (state.letter && values) {
    const second = $('#second-language').value;
    const sample = $('#sample').value;
    chooseLetter(state.letter.id).then(() => {
      $('#second-language').value = second;
      $('#sample').value = sample;
      state.form?.write(values);
      check();
    });
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
    if (!sample) return;
    state.form?.write(sample.data);
    $('#second-language').value = sample.languages[1] ?? '';
    for (const control of document.querySelectorAll('[data-path]')) state.touched.add(control.dataset.path);
    clearTimeout(state.timer);
    check();
  });
  const form = $('#letter-form');
  const onEdit = (event) => {
    // picking a letter type builds a new form; picking a sample changes nothing until it is loaded
    if (event.target.id === 'sample' || event.target.id === 'letter-type') return;
    if (event.target.dataset?.path) state.touched.add(event.target.dataset.path);
    if (event.target.id === 'second-language') state.touched.add('languages');
    scheduleCheck();
  };
  form.addEventListener('input', onEdit);
  form.addEventListener('change', onEdit);
  form.addEventListener('submit', (event) => event.preventDefault());
  $('#download').addEventListener('click', download);
  applyWords();
  loadCatalogue();
});
