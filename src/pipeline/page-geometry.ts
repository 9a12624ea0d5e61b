/**
 * Where things sit on an A4 page, in points (1 mm = 72 / 25.4 pt). The recipient block sits in the
 * window of a C5/DL window envelope (left window, 20 mm from the left edge, 45 mm from the top,
 * as DIN 5008 / Danish window envelopes): text at 25 mm × 50 mm, 80 mm wide.
 */
export const mm = (value: number) => (value * 72) / 25.4;

export const PAGE = { width: mm(210), height: mm(297) } as const;

export const MARGIN = { left: mm(25), right: mm(20), top: mm(20), bottom: mm(25) } as const;

export const BODY_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

export const LETTERHEAD = { x: mm(125), y: mm(15), width: mm(65) } as const;
export const RECIPIENT = { x: mm(25), y: mm(50), width: mm(80) } as const;
/** The gap between the window's lines (points): tight, so that six lines fit the window. */
export const RECIPIENT_LINE_GAP = 1;
/**
 * The references start at `y` (level with the recipient block), and at least `gapAbove` below the
 * letterhead's last line: the Latin and Ethiopic letterheads end 4.2 mm above `y`; Vazirmatn's taller
 * lines reached it (print review D11), so there the references move down to keep the gap.
 */
export const REFERENCES = { x: mm(125), y: mm(52), gapAbove: mm(4), labelWidth: mm(25), valueWidth: mm(40) } as const;
/**
 * The window of the C5 and C65 window envelopes (and DL) in the coordinates of the A4 sheet folded
 * into them: 90 × 45 mm, 20 mm from the sheet's left edge and 45 mm from its top. Source: DIN 680
 * (window envelopes, window 90 × 45 mm, 20 mm from the left) with the address field of DIN 5008 form B
 * (45 mm from the top), the layout Danish window envelopes follow; ISO 269 gives the envelope sizes.
 * OPEN: confirm against Udlændingestyrelsen's envelope supply before print runs.
 */
export const ENVELOPE_WINDOW = { left: mm(20), top: mm(45), width: mm(90), height: mm(45) } as const;

/** How far text stays inside the window's edges: the sheet moves a few millimetres in the envelope. */
export const WINDOW_CLEARANCE = mm(3);

/** The body of a part's first page starts below the window and reference blocks. */
export const FIRST_BODY_Y = mm(95);
export const FOOTER_Y = PAGE.height - mm(15);
export const DRAFT_MARK_Y = mm(9);

export const TYPE = {
  body: 10.5,
  lineGap: 2.5,
  paragraphGap: 7,
  h1: 13,
  h2: 11,
  h3: 10.5,
  letterheadName: 13,
  small: 8.5,
  footer: 8,
} as const;

/**
 * A box's x in the reading direction: right-to-left parts mirror the page furniture inside the body's
 * column (the letterhead and references move to the left edge, the footer's halves swap).
 */
export const inDirection = (x: number, width: number, direction: 'ltr' | 'rtl'): number =>
  direction === 'ltr' ? x : MARGIN.left + BODY_WIDTH - (x - MARGIN.left) - width;
