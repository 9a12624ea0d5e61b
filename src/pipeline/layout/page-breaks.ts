/**
 * Where a paragraph breaks across pages (pure, so that it can be tested over every case): no orphan
 * (a lone first line at the foot of a page), no widow (a lone last line at the head of the next), and,
 * when something must stay with the paragraph's end (the closing "Med venlig hilsen" and the
 * signature), at least the paragraph's last lines go with it: a closing never stands alone on a page.
 */

/** The fewest lines of a paragraph on a page, at its start and at its end. */
export const MIN_LINES_ON_A_PAGE = 2;

/** How many of the paragraph's lines fit: below the cursor now, and on a whole page. */
export interface LineRoom {
  readonly now: number;
  readonly page: number;
  /** The same with what must follow on the paragraph's last page (as many as `now`/`page` when nothing must). */
  readonly nowWithNext: number;
  readonly pageWithNext: number;
  /** The cursor is at the top of a page already: moving on would leave an empty page. */
  readonly atTop: boolean;
}

/**
 * The number of lines on each page the paragraph touches, in order. A first entry of 0 means the
 * paragraph starts on the next page. Where the rules cannot all be kept (a page smaller than what
 * must stay together), the keep gives way first, then lines simply fill the page.
 */
export function linesPerPage(lines: number, room: LineRoom): number[] {
  const counts: number[] = [];
  let remaining = lines;
  let fits = Math.max(0, room.now);
  let fitsWithNext = Math.max(0, room.nowWithNext);
  let fresh = room.atTop;
  while (remaining > 0) {
    if (remaining <= fitsWithNext) {
      counts.push(remaining);
      break;
    }
    // Leave at least the last lines for the next page: with what follows, or as the end of a paragraph
    // that does not fit.
    let take = remaining <= fits ? remaining - MIN_LINES_ON_A_PAGE : Math.min(fits, remaining - MIN_LINES_ON_A_PAGE);
    // A rest too long to go with what follows and too short to be broken again: leave one line more.
    const rest = remaining - take;
    if (take < remaining && rest > room.pageWithNext && rest < 2 * MIN_LINES_ON_A_PAGE) take -= 1;
    if (take < MIN_LINES_ON_A_PAGE) take = 0;
    if (take === 0 && fresh) {
      // A whole page cannot keep everything together: the page is filled as well as it can be.
      take = remaining <= fits ? remaining : Math.max(1, Math.min(fits, remaining - MIN_LINES_ON_A_PAGE));
    }
    counts.push(take);
    remaining -= take;
    fits = room.page;
    fitsWithNext = room.pageWithNext;
    fresh = true;
  }
  return counts;
}

/** How many lines of `height` each `leading` apart fit in `available` points (the last line needs only its own height). */
export function linesFitting(available: number, leading: number, lineHeight: number): number {
  return available < lineHeight ? 0 : Math.floor((available - lineHeight) / leading + 1e-9) + 1;
}

/** The lines of a paragraph that must be on the page where it starts: all of a short one, else the minimum. */
export const firstLines = (lines: number): number => (lines < 2 * MIN_LINES_ON_A_PAGE ? lines : MIN_LINES_ON_A_PAGE);
