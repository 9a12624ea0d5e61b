/**
 * What will be sent, shown before "Hent PDF": each document of the set (the letter, its companion letters, a copy
 * per "Kopi til"), who receives it, its languages (a translation not yet approved is marked as a draft) and its
 * pages, then the pages of the one PDF. From the service's `documents` answer: the real layout, not an estimate.
 */
import { LANGUAGE_NAMES } from './labels.js';

const element = (tag, text, attributes = {}) =>
  Object.assign(document.createElement(tag), { textContent: text ?? '' }, attributes);

/** The recipient in words: the applicant, the representative, or the authority a copy goes to (its name from the plan). */
function recipientText(id, plan, words) {
  if (id === 'applicant') return words.word('toApplicant');
  if (id === 'representative') return words.word('toRepresentative');
  if (id === 'authority') return plan?.companions?.find((c) => c.reader === 'authority')?.plan.recipient.name ?? id;
  return plan?.copies?.find((copy) => copy.recipient.id === id)?.recipient.name ?? id;
}

function titleOf(letterId, letters, words) {
  const letter = letters.find((l) => l.id === letterId);
  return letter ? (words.lang === 'da' ? letter.titleDa : letter.title) : letterId;
}

/** @returns {HTMLElement} the list of documents and the total */
export function outgoingView(answer, plan, letters, words) {
  const { word } = words;
  const list = element('ol', '', { className: 'outgoing-list' });
  for (const doc of answer.documents) {
    const title = titleOf(doc.letter, letters, words);
    const item = element('li');
    item.dataset.role = doc.role;
    item.append(element('strong', doc.role === 'copy' ? word('copyOf', { title }) : title));
    const details = element('ul', '', { className: 'outgoing-details' });
    details.append(element('li', `${word('recipient')}: ${recipientText(doc.recipient, plan, words)}`));
    const languages = element('li', `${word('languages')}: `);
    doc.languages.forEach((code, index) => {
      if (index) languages.append(', ');
      languages.append(element('span', LANGUAGE_NAMES[code] ?? code, { lang: code }));
      if (doc.draftLanguages.includes(code))
        languages.append(element('span', ` (${word('draftTranslation')})`, { className: 'draft' }));
    });
    details.append(languages, element('li', word(doc.pages === 1 ? 'onePage' : 'pages', { n: doc.pages })));
    item.append(details);
    list.append(item);
  }
  const count = answer.documents.length;
  const pages = word(answer.pages === 1 ? 'onePage' : 'pages', { n: answer.pages });
  const documents = word(count === 1 ? 'oneDocument' : 'documents', { n: count });
  const total = element('p', word('pagesTotal', { pages, documents }), {
    className: 'outgoing-total',
  });
  const box = document.createElement('div');
  box.append(list, total);
  return box;
}
