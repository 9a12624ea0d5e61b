/**
 * The plan in words, as the officer reads it before rendering: variant and why (R-IDs), letter date,
 * sender, delivery, appeal guidance, what the office must do besides sending the letter (follow-up actions, in
 * the page's language from the service), the facts the rules computed; or why no letter is due.
 */

/** @returns {HTMLDListElement} */
export function planView(plan, letter, draft, words) {
  const { word } = words;
  const list = document.createElement('dl');
  const add = (term, ...values) => {
    list.append(Object.assign(document.createElement('dt'), { textContent: term }));
    for (const value of values) list.append(Object.assign(document.createElement('dd'), { textContent: value }));
  };
  if (!plan.due) {
    add(word('noLetter'), plan.answer);
  } else {
    const variant = letter.variants.find((v) => v.id === plan.variant);
    add(word('variant'), `${plan.variant}${variant ? `: ${variant.description}` : ''}`);
    add(word('letterDate'), plan.letterDate);
    add(word('sender'), [plan.sender.name, plan.sender.unit].filter(Boolean).join(', '));
    add(word('delivery'), words.choice(plan.delivery));
    add(word('appeal'), appealText(plan.appeal, word));
    if (plan.followUp?.length) add(word('followUp'), ...plan.followUp.map((action) => action.text[words.language()]));
    const facts = Object.entries(plan.facts).filter(([, v]) => v !== null);
    if (facts.length) add(word('facts'), ...facts.map(([k, v]) => `${words.field(k)}: ${factText(v, words)}`));
    if (draft) add(word('draft'));
  }
  add(word('why'), ...plan.why.map((r) => `${r.rule}: ${r.because}`));
  return list;
}

/** A computed fact in words: an authority by its name, a list item by item, a choice by its label. */
function factText(value, words) {
  if (Array.isArray(value)) return value.map((v) => factText(v, words)).join(', ');
  if (value && typeof value === 'object') return value.name ?? JSON.stringify(value);
  return words.choice(String(value));
}

/** The appeal guidance in a line: kind, body, legal basis, deadline (a date, or weeks after notification). */
function appealText(appeal, word) {
  if (!appeal) return word('noAppeal');
  const body = appeal.body ?? appeal.to;
  const deadline = appeal.deadline;
  const when =
    typeof deadline === 'string'
      ? deadline
      : deadline?.kind === 'date'
        ? deadline.date
        : deadline?.kind === 'weeks-after-notification'
          ? word('weeks', { n: deadline.weeks })
          : '';
  return [appeal.kind, body?.name, appeal.legalBasis, when].filter(Boolean).join(' · ');
}
