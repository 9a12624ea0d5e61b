/**
 * A MeMo 1.1 message (Digital Post) for one letter: the letter as the main document, its companion
 * letters (e.g. the re-opening guidance) as additional documents, in one message to the recipient's
 * CPR or CVR number. Copies to authorities are not in it: they are not the recipient's documents.
 * Element order and lengths follow the model in memo-model.ts; every message the tests make is
 * validated against it.
 *
 * Deterministic, as the PDFs are: the message UUID is derived from the message's content (the same
 * letter gives the same UUID, a changed one another), and createdDateTime is the letter date at
 * midnight UTC (the PDF's CreationDate), not the clock.
 */
import { createHash } from 'node:crypto';
import { js2xml } from 'xml-js';
import type { Authority } from '../domain/authorities.ts';
import type { LetterKind } from '../letters/define-letter.ts';
import type { Plan } from '../letters/plan.ts';
import type { Delivery } from './delivery.ts';
import type { MemoConfiguration } from './memo-configuration.ts';
import { MEMO_NAMESPACE, MEMO_SCHEMA_VERSION, MEMO_VERSION } from './memo-model.ts';

export interface MemoFile {
  readonly pdf: Uint8Array;
  /** The document's subject: the label Digital Post shows. */
  readonly label: string;
  readonly filename: string;
  /** ISO 639-1 of the binding text (MeMo: two letters). */
  readonly language: string;
}

export interface MemoInput {
  readonly letter: { readonly id: string; readonly kind: LetterKind };
  readonly plan: Plan;
  readonly recipient: Extract<Delivery, { channel: 'digital-post' }>['recipient'];
  readonly sender: { readonly senderId: string; readonly idType: string };
  readonly main: MemoFile;
  readonly additional: readonly MemoFile[];
  readonly configuration: MemoConfiguration;
}

interface Node {
  readonly type: 'element';
  readonly name: string;
  readonly attributes?: Record<string, string>;
  readonly elements: readonly (Node | { readonly type: 'text'; readonly text: string })[];
}

const PREFIX = 'memo';
const node = (name: string, ...children: (Node | null)[]): Node => ({
  type: 'element',
  name: `${PREFIX}:${name}`,
  elements: children.filter((child): child is Node => child !== null),
});
const leaf = (name: string, value: string | boolean): Node => ({
  type: 'element',
  name: `${PREFIX}:${name}`,
  elements: [{ type: 'text', text: String(value) }],
});

/** A UUID in the form MeMo's pattern demands (version 4, RFC 4122 variant), its bits taken from a SHA-256 of the content. */
export function contentUuid(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  const bytes = hash.digest().subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const fileNode = (file: MemoFile) =>
  node(
    'File',
    leaf('encodingFormat', 'application/pdf'),
    leaf('filename', file.filename),
    leaf('language', file.language),
    leaf('content', Buffer.from(file.pdf).toString('base64')),
  );

/** The sending authority: its name and unit as the label; its e-mail and phone as attention data. */
function senderNode(sender: MemoInput['sender'], authority: Authority) {
  const attention = [
    authority.email ? node('EMail', leaf('emailAddress', authority.email)) : null,
    authority.phone ? node('Telephone', leaf('telephoneNumber', authority.phone)) : null,
  ].filter((n): n is Node => n !== null);
  return node(
    'Sender',
    leaf('senderID', sender.senderId),
    leaf('idType', sender.idType),
    leaf('label', authority.unit ? `${authority.name}, ${authority.unit}` : authority.name),
    attention.length ? node('AttentionData', ...attention) : null,
  );
}

export function memoMessage(input: MemoInput): string {
  const { plan, recipient, main, additional, configuration } = input;
  const flags = configuration.flags(input.letter.id, input.letter.kind);
  const recipientId = recipient.cpr ?? (recipient.cvr as string);
  const uuid = contentUuid(input.sender.senderId, recipientId, plan.caseNumber, main.pdf, ...additional.map((file) => file.pdf));
  const message: Node = {
    type: 'element',
    name: `${PREFIX}:Message`,
    attributes: { [`xmlns:${PREFIX}`]: MEMO_NAMESPACE, memoVersion: MEMO_VERSION, memoSchVersion: MEMO_SCHEMA_VERSION },
    elements: [
      node(
        'MessageHeader',
        leaf('messageType', 'DIGITALPOST'),
        leaf('messageUUID', uuid),
        leaf('label', main.label),
        leaf('mandatory', flags.mandatory),
        leaf('legalNotification', flags.legalNotification),
        senderNode(input.sender, plan.sender),
        node('Recipient', leaf('recipientID', recipientId), leaf('idType', recipient.cpr ? 'CPR' : 'CVR')),
        node('ContentData', node('CaseID', leaf('caseID', plan.caseNumber), leaf('caseSystem', configuration.caseSystem))),
      ),
      node(
        'MessageBody',
        leaf('createdDateTime', `${plan.letterDate}T00:00:00Z`),
        node('MainDocument', leaf('label', main.label), fileNode(main)),
        ...additional.map((file) => node('AdditionalDocument', leaf('label', file.label), fileNode(file))),
      ),
    ],
  };
  return js2xml({ declaration: { attributes: { version: '1.0', encoding: 'UTF-8' } }, elements: [message] }, { spaces: 2 });
}
