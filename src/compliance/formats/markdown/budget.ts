/** A size budget for Markdown: sections of rows cut whole, each cut saying how much was left out. */
import { formatCount } from './cells.js';

/** A run of rows that may be cut: `open` and `close` frame the rows; `omitted` says what was cut. */
export interface RowSection {
  open: string;
  rows: readonly string[];
  close: string;
  omitted: (count: number, shown: number) => string;
}

/** The note under a cut table: "12 more existing violations not shown", without "more" when none were shown. */
export const omissionNote =
  (one: string, many: string) =>
  (count: number, shown: number): string =>
    `\n_${formatCount(count)} ${shown > 0 ? 'more ' : ''}${count === 1 ? one : many} not shown: the size limit was reached._\n\n`;

/** The longest omission note a section can need, whether some of its rows are shown or none. */
const longestNote = (s: RowSection): number =>
  Math.max(s.omitted(s.rows.length, 0).length, s.omitted(s.rows.length, 1).length);

/** As many whole rows as fit in `room` after the frame and the omission note. */
function rowsThatFit(section: RowSection, room: number): number {
  let left = room - section.open.length - section.close.length - longestNote(section);
  let count = 0;
  for (const row of section.rows) {
    if (row.length > left) break;
    left -= row.length;
    count++;
  }
  return count;
}

function renderSection(section: RowSection, room: number): string {
  const whole = section.open + section.rows.join('') + section.close;
  if (whole.length <= room) return whole;
  const count = rowsThatFit(section, room);
  const note = section.omitted(section.rows.length - count, count);
  if (count === 0) return note.length <= room ? note : '';
  return section.open + section.rows.slice(0, count).join('') + note + section.close;
}

/** Whole lines of `text` that fit in `max` characters: the last resort when even the header is too long. */
function wholeLines(text: string, max: number): string {
  let end = 0;
  for (let next = text.indexOf('\n'); next >= 0 && next < max; next = text.indexOf('\n', next + 1)) end = next + 1;
  return text.slice(0, end);
}

/**
 * head + sections + foot within maxChars. Sections come in priority order; room for the omission notes of
 * the later sections is held back, so every section can at least say how much of it was left out.
 */
export function fitSections(head: string, sections: readonly RowSection[], foot: string, maxChars: number): string {
  if (head.length + foot.length > maxChars) return wholeLines(head, maxChars);
  const notes = sections.map(longestNote);
  let out = head;
  sections.forEach((section, i) => {
    const heldBack = notes.slice(i + 1).reduce((sum, n) => sum + n, 0);
    out += renderSection(section, maxChars - out.length - foot.length - heldBack);
  });
  return out + foot;
}
