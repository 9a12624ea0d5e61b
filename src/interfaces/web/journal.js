/**
 * The case's sent letters from the journal (GET /api/journal?case=…): when, which letter and variant, in which
 * languages; each can be re-rendered (byte for byte, the service says whether it was) and used as the start of
 * the next letter in the case, whose form then holds the facts the letters share.
 */
import { variantView } from './variant.js';

/** The facts one letter of a case hands to the next: the case, the people, where and how they are reached. */
export const SHARED_FACTS = [
  'caseNumber',
  'applicant',
  'representative',
  'address',
  'whereabouts',
  'deliveryChannel',
  'delivery',
  'officer',
];

export const sharedFacts = (data) =>
  Object.fromEntries(SHARED_FACTS.filter((key) => data?.[key] !== undefined).map((key) => [key, data[key]]));

/** `2016-11-03T14:02:00.000Z` → `03-11-2016 15:02` (the browser's clock), the Danish way. */
export function danishTime(iso) {
  const at = new Date(iso);
  const two = (n) => String(n).padStart(2, '0');
  return `${two(at.getDate())}-${two(at.getMonth() + 1)}-${at.getFullYear()} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

const element = (tag, text, attributes = {}) =>
  Object.assign(document.createElement(tag), { textContent: text ?? '' }, attributes);

/**
 * @param {{ rerender: (entry: object) => void, startFrom: (entry: object) => void }} actions
 * @returns {HTMLElement}
 */
export function journalView(entries, letters, words, actions) {
  const { word } = words;
  if (!entries.length) return element('p', word('journalNone'));
  const list = element('ol', '', { className: 'journal-list' });
  for (const entry of entries) {
    const letter = letters.find((l) => l.id === entry.letter);
    const title = letter ? (words.lang === 'da' ? letter.titleDa : letter.title) : entry.letter;
    const item = element('li', '', { className: 'journal-entry' });
    item.dataset.journalId = entry.id;
    const line = element('p', `${danishTime(entry.createdAt)} · ${word('variant')}: `);
    line.append(variantView(letter, entry.variant, words), ` · ${entry.languages.join(', ')}`);
    item.append(element('strong', title), line);
    const rerender = element('button', word('rerender'), { type: 'button', className: 'button button-secondary' });
    rerender.setAttribute('aria-label', `${word('rerender')}: ${title}, ${danishTime(entry.createdAt)}`);
    rerender.addEventListener('click', () => actions.rerender(entry));
    const start = element('button', word('startFrom'), { type: 'button', className: 'button button-secondary' });
    start.setAttribute('aria-label', `${word('startFrom')}: ${title}, ${danishTime(entry.createdAt)}`);
    start.addEventListener('click', () => actions.startFrom(entry));
    item.append(element('div', '', { className: 'journal-tools' }));
    item.lastElementChild.append(rerender, start);
    list.append(item);
  }
  return list;
}
