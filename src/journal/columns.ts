/** Rows ↔ entries: the column list both stores select and insert, in one place. */
import type { FollowUpRecord } from '../letters/plan.ts';
import type { JournalEntry, StoredLetter } from './journal.ts';

export const ENTRY_COLUMNS =
  'id, created_at, key_id, role, letter, variant, languages, content_version, input_sha256, pdf_sha256, case_number, follow_up';

export const INSERT_LETTER = `INSERT INTO journal_letters (${ENTRY_COLUMNS}, input) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

export const insertValues = (letter: StoredLetter): string[] => [
  letter.id,
  letter.createdAt,
  letter.keyId,
  letter.role,
  letter.letter,
  letter.variant,
  JSON.stringify(letter.languages),
  letter.contentVersion,
  letter.inputSha256,
  letter.pdfSha256,
  letter.caseNumber,
  JSON.stringify(letter.followUp),
  letter.input,
];

export type Row = Record<string, string>;

export function toEntry(row: Row): JournalEntry {
  return {
    id: String(row.id),
    createdAt: String(row.created_at),
    keyId: String(row.key_id),
    role: String(row.role),
    letter: String(row.letter),
    variant: String(row.variant),
    languages: JSON.parse(String(row.languages)) as string[],
    contentVersion: String(row.content_version),
    inputSha256: String(row.input_sha256),
    pdfSha256: String(row.pdf_sha256),
    caseNumber: String(row.case_number),
    followUp: JSON.parse(String(row.follow_up)) as FollowUpRecord[],
  };
}

export const toStored = (row: Row): StoredLetter => ({ ...toEntry(row), input: String(row.input) });
