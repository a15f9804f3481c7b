/** How the line classifier sees a text: a kind per line, and the totals. */

/** How a line is classified by the line counter. */
export const enum LineKind {
  Blank = 0,
  Code = 1,
  Comment = 2,
}

export interface LineCounts {
  /** newline-terminated lines plus one for an unterminated last line; an empty file has 0 (as `wc -l` users expect) */
  lines: number;
  code: number;
  comment: number;
  blank: number;
}

/** Line totals of classified lines; `code + comment + blank === lines` always. */
export function tally(kinds: Uint8Array): LineCounts {
  const counts = { lines: kinds.length, code: 0, comment: 0, blank: 0 };
  for (const kind of kinds) {
    if (kind === LineKind.Code) counts.code++;
    else if (kind === LineKind.Comment) counts.comment++;
    else counts.blank++;
  }
  return counts;
}
