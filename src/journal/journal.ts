/**
 * The letter journal: every letter that leaves the service through the API is recorded with what
 * is needed to prove and repeat it (the canonical input, content version, hashes). One contract,
 * two stores (SQLite embedded, PostgreSQL with DATABASE_URL) sharing the migrations in ./migrations.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { FollowUpRecord } from '../letters/plan.ts';
import { canonicalJson } from './canonical-json.ts';

export interface JournalEntry {
  readonly id: string;
  readonly createdAt: string;
  readonly keyId: string;
  readonly role: string;
  readonly letter: string;
  readonly variant: string;
  readonly languages: readonly string[];
  /** Content hash of the templates, locale files and reference data the letter was made from. */
  readonly contentVersion: string;
  readonly inputSha256: string;
  readonly pdfSha256: string;
  readonly caseNumber: string;
  /** What the office had to do besides sending the letter (R-IDs, who, what, by when); empty when nothing. */
  readonly followUp: readonly FollowUpRecord[];
}

/** An entry with the input it was rendered from (canonical JSON of the envelope). */
export interface StoredLetter extends JournalEntry {
  readonly input: string;
}

export interface Journal {
  readonly kind: 'sqlite' | 'postgres';
  record(letter: StoredLetter): Promise<void>;
  byCase(caseNumber: string): Promise<JournalEntry[]>;
  get(id: string): Promise<StoredLetter | null>;
  /** True when the store answers (for /readyz). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface LetterFacts {
  readonly keyId: string;
  readonly role: string;
  /** `delivery` (the channel; a Digital Post recipient's number) when the request had one: the re-render needs it (the window of a letter abroad). */
  readonly envelope: {
    readonly letter: string;
    readonly languages: readonly string[];
    readonly data: unknown;
    readonly delivery?: unknown;
  };
  readonly variant: string;
  readonly caseNumber: string;
  readonly contentVersion: string;
  readonly pdf: Uint8Array;
  readonly followUp: readonly FollowUpRecord[];
}

export const sha256 = (bytes: string | Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The row to record for a rendered letter; the clock is a parameter so tests can pin it. */
export function journalEntryFor(facts: LetterFacts, now: Date = new Date()): StoredLetter {
  const input = canonicalJson(facts.envelope);
  return {
    id: randomUUID(),
    createdAt: now.toISOString(),
    keyId: facts.keyId,
    role: facts.role,
    letter: facts.envelope.letter,
    variant: facts.variant,
    languages: [...facts.envelope.languages],
    contentVersion: facts.contentVersion,
    inputSha256: sha256(input),
    pdfSha256: sha256(facts.pdf),
    caseNumber: facts.caseNumber,
    followUp: [...facts.followUp],
    input,
  };
}
