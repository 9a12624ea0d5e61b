/**
 * The plan in words, as the officer reads it before rendering: variant and why (R-IDs), letter date,
 * sender, delivery, appeal guidance, what the office must do besides sending the letter (follow-up actions, in
 * the page's language from the service), the facts the rules computed (as Danish lists, labelled with the form's
 * words); or why no letter is due.
 */

import { variantView } from './variant.js';

/** @returns {HTMLDListElement} */
export function planView(plan, letter, draft, words) {
  const { word } = words;
  const list = document.createElement('dl');
  const add = (term, ...values) => {
    list.append(Object.assign(document.createElement('dt'), { textContent: term }));
    for (const value of values) {
      const dd = document.createElement('dd');
      dd.append(value);
      list.append(dd);
    }
  };
  if (!plan.due) {
    add(word('noLetter'), plan.answer);
  } else {
    add(word('variant'), variantView(letter, plan.variant, words));
    add(word('letterDate'), danishDate(plan.letterDate));
    add(word('sender'), [plan.sender.name, plan.sender.unit].filter(Boolean).join(', '));
    add(word('delivery'), words.choice(plan.delivery));
    add(word('appeal'), appealText(plan.appeal, word));
    if (plan.followUp?.length) add(word('followUp'), followUpList(plan.followUp, words));
    const facts = Object.entries(plan.facts).filter(([, v]) => v !== null);
    // the facts' names and values in the officer's words, as the service gives them (src/letters/fact-labels.ts)
    const known = plan.factWords ?? { fields: {}, choices: {} };
    const factWords = {
      ...words,
      label: (name) => known.fields[name]?.[words.language()] ?? words.label(name),
      choice: (value) => known.choices[value]?.[words.language()] ?? words.choice(value),
    };
    if (facts.length) add(word('facts'), factList(facts, factWords));
    if (draft) add(word('draft'));
  }
  add(word('why'), ...reasons(plan.why, words));
  return list;
}

/** What the office must do besides sending the letter: one item per action, in the page's language. */
function followUpList(actions, words) {
  const list = Object.assign(document.createElement('ul'), { className: 'follow-up' });
  for (const action of actions)
    list.append(Object.assign(document.createElement('li'), { textContent: action.text[words.language()] }));
  return list;
}

/**
 * The rules behind the plan: each R-ID with its reason. The reasons are the rules' own English explanations (the
 * rule statements in the domain reference are English too, so there is no Danish source to show instead): on the
 * Danish page they are marked as English (`lang="en"`, for a screen reader) and a note says so, never translated here.
 */
function reasons(why, words) {
  const danish = words.language() === 'da';
  const items = why.map((r) => {
    const because = Object.assign(document.createElement('span'), { textContent: r.because });
    if (danish) because.lang = 'en';
    const item = document.createDocumentFragment();
    item.append(Object.assign(document.createElement('strong'), { textContent: r.rule }), ': ', because);
    return item;
  });
  return danish && why.length
    ? [...items, Object.assign(document.createElement('small'), { textContent: words.word('whyInEnglish') })]
    : items;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** `2016-11-03` → `03-11-2016`: dates the Danish way, as the form takes them. */
const danishDate = (text) => (typeof text === 'string' ? text.replace(ISO_DATE, '$3-$2-$1') : text);

/** Computed facts as a list of "label: value"; a fact made of facts is a list inside the item. */
function factList(entries, words) {
  const list = document.createElement('ul');
  list.className = 'facts';
  for (const [key, value] of entries) {
    // a template's own key (e.g. `outcomeKey`) says what the variant says: not a fact for the officer
    if (value === null || value === undefined || /Key$/.test(key)) continue;
    const item = document.createElement('li');
    const label = words.label(key);
    // a label that asks ("Kan udsendelse gennemføres tvangsmæssigt?") is answered without a colon
    item.append(/[?:]$/.test(label) ? `${label} ` : `${label}: `, factValue(value, words));
    list.append(item);
  }
  return list;
}

/**
 * One computed fact in words: yes/no, a number the page's way, a date as dd-mm-åååå, a choice by its label, an
 * authority by its name, a list item by item (texts in a line, records one per item), a record as its own list.
 */
function factValue(value, words) {
  if (typeof value === 'boolean') return words.word(value ? 'yes' : 'no');
  if (typeof value === 'number') return value.toLocaleString(words.language() === 'da' ? 'da-DK' : 'en-GB');
  if (typeof value === 'string') return ISO_DATE.test(value) ? danishDate(value) : words.choice(value);
  if (Array.isArray(value)) {
    if (!value.length) return words.word('noneListed');
    if (value.every((v) => v === null || typeof v !== 'object')) return value.map((v) => factText(v, words)).join(', ');
    const list = document.createElement('ul');
    for (const v of value) {
      const item = document.createElement('li');
      // a record is a list of its own: its facts carry the bullets, not an empty one above them
      if (v && typeof v === 'object' && !Array.isArray(v)) item.className = 'record';
      item.append(factValue(v, words));
      list.append(item);
    }
    return list;
  }
  if (value && typeof value === 'object') {
    if (typeof value.name === 'string' && typeof value.id === 'string')
      return [value.name, value.unit].filter(Boolean).join(', ');
    return factList(Object.entries(value), words);
  }
  return '–';
}

const factText = (value, words) => {
  const node = factValue(value, words);
  return typeof node === 'string' ? node : node.textContent;
};

/** The appeal guidance in a line: kind, body, legal basis, deadline (a date, or weeks after notification). */
function appealText(appeal, word) {
  if (!appeal) return word('noAppeal');
  const body = appeal.body ?? appeal.to;
  const deadline = appeal.deadline;
  const when =
    typeof deadline === 'string'
      ? danishDate(deadline)
      : deadline?.kind === 'date'
        ? danishDate(deadline.date)
        : deadline?.kind === 'weeks-after-notification'
          ? word('weeks', { n: deadline.weeks })
          : '';
  return [word(`appealKind:${appeal.kind}`), body?.name, appeal.legalBasis, when].filter(Boolean).join(' · ');
}
