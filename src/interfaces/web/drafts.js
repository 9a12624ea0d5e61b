/**
 * Drafts kept per case in this browser (localStorage), keyed by letter type and case number: the form's input as
 * the officer left it, so an interrupted letter is not lost. Nothing leaves the machine: the service sees the input
 * only when the page checks or renders it. A draft is deleted when its letter is downloaded, or when discarded.
 */
const PREFIX = 'letters.draft:';

const keyOf = (letter, caseNumber) => `${PREFIX}${letter}:${caseNumber}`;

function read(key) {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

export const drafts = {
  /** Keeps the input; returns the time it was kept. */
  save(letter, caseNumber, { languages, data }) {
    const savedAt = new Date().toISOString();
    localStorage.setItem(keyOf(letter, caseNumber), JSON.stringify({ savedAt, languages, data }));
    return savedAt;
  },
  load: (letter, caseNumber) => read(keyOf(letter, caseNumber)),
  discard(letter, caseNumber) {
    localStorage.removeItem(keyOf(letter, caseNumber));
  },
  /** The drafts of a letter type, newest first: `{ caseNumber, savedAt }`. */
  list(letter) {
    const prefix = `${PREFIX}${letter}:`;
    const found = [];
    for (let index = 0; index < localStorage.length; index++) {
      const key = localStorage.key(index);
      if (!key?.startsWith(prefix)) continue;
      const draft = read(key);
      if (draft) found.push({ caseNumber: key.slice(prefix.length), savedAt: draft.savedAt });
    }
    return found.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  },
};
