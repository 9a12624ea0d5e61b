/**
 * The page frame of a language part: letterhead, the recipient in the envelope window (Danish part
 * only) and the references on its first page; the footer ("Side X af Y") and the draft mark on every
 * page. Right-to-left parts mirror it inside the body column. Its words were put in the part's
 * language by compose; they are drawn with the part's fonts and the same bidi line drawing as the body.
 */
import type { Frame, Inline } from '../document.ts';
import {
  BODY_WIDTH,
  DRAFT_MARK_Y,
  FOOTER_Y,
  inDirection,
  LETTERHEAD,
  MARGIN,
  RECIPIENT,
  RECIPIENT_LINE_GAP,
  REFERENCES,
  TYPE,
} from '../page-geometry.ts';
import { drawTextAt, type Scope, setText } from './text-block.ts';

const GREY = '#555555';
const DRAFT_RED = '#a00000';
const UNBOUNDED = 10_000;

const plain = (text: string): Inline => [{ text, bold: false, italic: false }];

export function drawFrame(scope: Scope, frame: Frame) {
  const { doc } = scope.ts;
  const { letterhead } = frame;
  // On the part's first page the draft mark is content, read first: a screen reader announces that the
  // translation is not approved. On the following pages it is a repeated artifact (drawPageFurniture).
  if (frame.draftMark) scope.tags.leaf('P', () => drawDraftMark(scope, frame.draftMark as string));
  const head = { x: inDirection(LETTERHEAD.x, LETTERHEAD.width, scope.direction), width: LETTERHEAD.width };
  let y = LETTERHEAD.y;
  doc.fillColor('black');
  const name = setText(scope, [plain(letterhead.name)], head.width, TYPE.letterheadName, true, 0);
  scope.tags.leaf('P', () => {
    y = drawTextAt(scope, name, head, y);
  });
  if (letterhead.unit) {
    const unit = setText(scope, [plain(letterhead.unit)], head.width, TYPE.body, false, 0);
    scope.tags.leaf('P', () => {
      y = drawTextAt(scope, unit, head, y);
    });
  }
  y += 3;
  doc.fillColor(GREY);
  const lines = setText(scope, letterhead.lines.map(plain), head.width, TYPE.small, false, 0);
  scope.tags.leaf('P', () => {
    y = drawTextAt(scope, lines, head, y);
  });
  const letterheadBottom = y;

  doc.fillColor('black');
  if (frame.recipient) {
    const recipient = setText(scope, frame.recipient.map(plain), RECIPIENT.width, TYPE.body, false, RECIPIENT_LINE_GAP);
    let end = RECIPIENT.y;
    scope.tags.leaf('P', () => {
      end = drawTextAt(scope, recipient, RECIPIENT, RECIPIENT.y);
    });
    // The conformance check: the block, to its last line's foot, inside the envelope window.
    const block = { left: RECIPIENT.x, top: RECIPIENT.y, right: RECIPIENT.x + RECIPIENT.width, bottom: end - RECIPIENT_LINE_GAP };
    scope.ts.check.windowBlock(doc.page, block);
  }
  drawReferences(scope, frame.references, Math.max(REFERENCES.y, letterheadBottom + REFERENCES.gapAbove));
}

/** The references (date, case number, …) as a two-column table: label, value. */
function drawReferences(scope: Scope, references: Frame['references'], top: number) {
  const { doc } = scope.ts;
  const width = REFERENCES.labelWidth + REFERENCES.valueWidth;
  const left = inDirection(REFERENCES.x, width, scope.direction);
  const rtl = scope.direction === 'rtl';
  const label = { x: rtl ? left + REFERENCES.valueWidth : left, width: REFERENCES.labelWidth };
  const value = { x: rtl ? left : left + REFERENCES.labelWidth, width: REFERENCES.valueWidth };
  let y = top;
  scope.tags.group('Table', () => {
    for (const [labelText, valueText] of references) {
      const labelSet = setText(scope, [plain(labelText)], label.width - 4, TYPE.small, false, 0);
      const valueSet = setText(scope, [plain(valueText)], value.width, TYPE.small, false, 0);
      const top = y;
      scope.tags.group('TR', () => {
        doc.fillColor(GREY);
        scope.tags.leaf(
          'TH',
          () => drawTextAt(scope, labelSet, { x: rtl ? label.x + 4 : label.x, width: label.width - 4 }, top),
          {
            scope: 'Row',
          },
        );
        doc.fillColor('black');
        scope.tags.leaf('TD', () => drawTextAt(scope, valueSet, value, top));
      });
      y = top + Math.max(labelSet.height, valueSet.height) + 1.5;
    }
  });
  doc.fillColor('black');
}

function drawDraftMark(scope: Scope, mark: string) {
  scope.ts.doc.fillColor(DRAFT_RED);
  const text = setText(scope, [plain(mark)], UNBOUNDED, TYPE.footer, true);
  drawTextAt(scope, text, { x: MARGIN.left, width: BODY_WIDTH }, DRAFT_MARK_Y, 'center');
  scope.ts.doc.fillColor('black');
}

/**
 * Footer of one page, and the draft mark on a part's following pages: artifacts (they repeat on every
 * page and are not the letter's text).
 */
export function drawPageFurniture(scope: Scope, frame: Frame, page: number, total: number, firstOfPart: boolean) {
  const { doc } = scope.ts;
  const half = BODY_WIDTH / 2;
  const rtl = scope.direction === 'rtl';
  const start = { x: rtl ? MARGIN.left + half : MARGIN.left, width: half };
  const end = { x: rtl ? MARGIN.left : MARGIN.left + half, width: half };
  scope.tags.artifact(() => {
    doc.fillColor(GREY);
    drawTextAt(scope, setText(scope, [plain(frame.footer)], UNBOUNDED, TYPE.footer), start, FOOTER_Y);
    const label = setText(scope, [plain(frame.pageLabel(page, total))], UNBOUNDED, TYPE.footer);
    drawTextAt(scope, label, end, FOOTER_Y, rtl ? 'left' : 'right');
    if (frame.draftMark && !firstOfPart) drawDraftMark(scope, frame.draftMark);
    doc.fillColor('black');
  }, 'Pagination');
}
