/**
 * A letter for Digital Post: the set's PDF as for print (journalled, written by the CLI) and the MeMo
 * message for the recipient, whose documents are the letter and its companions, each its own PDF
 * (rendered alone, so each is what the set holds for it: its pages are numbered per document already).
 * Copies to authorities stay out of the message.
 */
import { diagnostic, fail, ok, type Result } from '../diagnostics/diagnostic.ts';
import { MASTER_LANGUAGE } from '../domain/languages.ts';
import { assemble } from '../pipeline/assemble.ts';
import { type Composed, composeLetter, type Rendered, renderComposed } from '../pipeline/index.ts';
import { layout } from '../pipeline/layout.ts';
import { toBytes } from '../pipeline/output.ts';
import { withoutBidiControls } from '../pipeline/text/isolate.ts';
import type { World } from '../world.ts';
import { type MemoFile, memoMessage } from './memo.ts';
import { type MemoConfiguration, memoConfiguration } from './memo-configuration.ts';

export type MemoRendered =
  | (Extract<Rendered, { kind: 'letter' }> & { readonly memo: string })
  | Extract<Rendered, { kind: 'no-letter' }>;

/** The message's file beside its PDF (`letters render --memo`, `letters batch --memo`): `.memo.xml` for `.pdf`. */
export const memoPath = (pdf: string): string => `${pdf.replace(/\.pdf$/i, '')}.memo.xml`;

/** MeMo's label is at most 256 characters: a longer subject is shortened with an ellipsis. */
function label(title: string): string {
  const subject = withoutBidiControls(title);
  return [...subject].length <= 256 ? subject : `${[...subject].slice(0, 255).join('')}…`;
}

/** A file name from the case number and the letter type: the case number's slashes become hyphens. */
const filename = (caseNumber: string, letter: string) => `${caseNumber.replace(/[^0-9A-Za-z.-]/g, '-')}-${letter}.pdf`;

export async function renderMemo(
  raw: unknown,
  world: World,
  configuration: MemoConfiguration = memoConfiguration(),
): Promise<Result<MemoRendered>> {
  const composed = composeLetter(raw, world);
  if (!composed.ok) return composed;
  if (composed.value.kind === 'no-letter') return ok(composed.value);
  return renderComposedMemo(composed.value, world, configuration);
}

/** The set's PDF and its MeMo message for a composed letter (batch runs compose first, to read the channel). */
export async function renderComposedMemo(
  letter: Extract<Composed, { kind: 'letter' }>,
  world: World,
  configuration: MemoConfiguration = memoConfiguration(),
): Promise<Result<Extract<MemoRendered, { kind: 'letter' }>>> {
  const delivery = letter.request.delivery;
  if (delivery?.channel !== 'digital-post') return fail(diagnostic('MEMO_NOT_DIGITAL_POST', 'delivery'));
  const sender = configuration.sender(letter.plan.sender.id);
  if (!sender) return fail(diagnostic('MEMO_SENDER_NOT_CONFIGURED', '', { authority: letter.plan.sender.id }));
  const rendered = await renderComposed(letter, world);
  if (!rendered.ok) return rendered;
  if (rendered.value.kind !== 'letter') throw new Error('a composed letter rendered as no letter');
  const documents = await recipientFiles(letter, world);
  if (!documents.ok) return documents;
  const files = documents.value;
  const memo = memoMessage({
    letter: { id: letter.request.letter.id, kind: letter.request.letter.kind },
    plan: letter.plan,
    recipient: delivery.recipient,
    sender,
    main: files[0] as MemoFile,
    additional: files.slice(1),
    configuration,
  });
  return ok({ ...rendered.value, memo });
}

/** The recipient's documents (the letter, then its companions), each laid out alone. */
async function recipientFiles(letter: Extract<Composed, { kind: 'letter' }>, world: World): Promise<Result<MemoFile[]>> {
  const files: MemoFile[] = [];
  for (const [index, spec] of letter.specs.entries()) {
    if (spec.role === 'copy') continue;
    const parts = letter.document.parts.filter((part) => part.document === index).map((part) => ({ ...part, document: 0 }));
    const alone = assemble(spec.plan, parts);
    const laid = layout(alone, world.fonts);
    if (laid.problems.length) {
      laid.doc.end();
      return fail(...laid.problems);
    }
    const pdf = await toBytes(laid.doc);
    files.push({
      pdf,
      label: label(alone.title),
      filename: filename(spec.plan.caseNumber, spec.letter),
      language: MASTER_LANGUAGE,
    });
  }
  return ok(files);
}
