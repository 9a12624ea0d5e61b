/**
 * The Digital Post facts MeMo needs besides the letter: the senders' ids (data/digital-post.json) and
 * the mandatory / legal-notification flags per letter (data/memo-notification.json). Both are data with
 * their source, read once per process; a sender without a verified id is null, never guessed.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { projectPath } from '../domain/project-path.ts';
import type { LetterKind } from '../letters/define-letter.ts';

const flags = z.strictObject({ mandatory: z.boolean(), legalNotification: z.boolean(), why: z.string().min(1) });

const senders = z.strictObject({
  $comment: z.string().optional(),
  senders: z.record(
    z.string(),
    z.strictObject({ senderId: z.string().min(1).nullable(), idType: z.enum(['CVR', 'MyndighedsID']), source: z.string() }),
  ),
  caseSystem: z.string().min(1).max(256),
});

const notifications = z.strictObject({
  $comment: z.string().optional(),
  byKind: z.strictObject({ decision: flags, info: flags }),
  byLetter: z.record(z.string(), flags),
});

export type NotificationFlags = z.infer<typeof flags>;

export interface MemoConfiguration {
  /** The sender id of an authority, or null when none is configured. */
  sender(authorityId: string): { readonly senderId: string; readonly idType: 'CVR' | 'MyndighedsID' } | null;
  readonly caseSystem: string;
  flags(letterId: string, kind: LetterKind): NotificationFlags;
}

export function loadMemoConfiguration(
  senderFile = projectPath('data/digital-post.json'),
  notificationFile = projectPath('data/memo-notification.json'),
): MemoConfiguration {
  const s = senders.parse(JSON.parse(readFileSync(senderFile, 'utf8')));
  const n = notifications.parse(JSON.parse(readFileSync(notificationFile, 'utf8')));
  return {
    sender(authorityId) {
      const entry = s.senders[authorityId];
      return entry?.senderId ? { senderId: entry.senderId, idType: entry.idType } : null;
    },
    caseSystem: s.caseSystem,
    flags: (letterId, kind) => n.byLetter[letterId] ?? n.byKind[kind],
  };
}

let loaded: MemoConfiguration | undefined;
/** The process's configuration; `DIGITAL_POST_SENDERS` names another senders file (the operator's, or a test's). */
export const memoConfiguration = (): MemoConfiguration => {
  loaded ??= loadMemoConfiguration(process.env.DIGITAL_POST_SENDERS || undefined);
  return loaded;
};
