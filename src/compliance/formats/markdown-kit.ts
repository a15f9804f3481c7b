/** Building blocks for GitHub-flavoured Markdown: safe cells and a size budget that never cuts a row. */

/** Free text: HTML-escaped, Markdown punctuation backslash-escaped, one line. */
export function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#@]/g, (c) => `\\${c}`)
    .replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * A path or symbol as a code span: no Markdown, no @mention and no #reference inside it. The fence is longer
 * than any backtick run in the text; a pipe stays escaped because GFM splits table cells before code spans.
 */
export function codeSpan(text: string): string {
  const oneLine = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = longestRun > 0 || oneLine.startsWith(' ') || oneLine.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

/** Percent-encodes what would end a Markdown link destination or a table cell early. */
export const safeUrl = (url: string): string =>
  url.replace(/[\s()<>|`"\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** Builds a URL for path:line, e.g. a blob link at the head commit; undefined leaves the location unlinked. */
export type LinkBuilder = (path: string, line: number) => string | undefined;

/** `path:line` as code, linked when the builder gives a URL. */
export function locationCell(path: string, line: number, links: LinkBuilder | undefined): string {
  const text = codeSpan(`${path}:${line}`);
  const url = links?.(path, line);
  return url === undefined ? text : `[${text}](${safeUrl(url)})`;
}

export const formatCount = (n: number): string => n.toLocaleString('en-US');

export type Align = 'left' | 'right';

const RULER: Record<Align, string> = { left: ':---', right: '---:' };

export function tableHead(columns: ReadonlyArray<readonly [title: string, align: Align]>): string {
  const titles = columns.map(([title]) => title);
  return `${tableRow(titles)}${tableRow(columns.map(([, align]) => RULER[align]))}`;
}

/** One table row with its newline; cells must already be escaped. */
export const tableRow = (cells: readonly string[]): string => `| ${cells.join(' | ')} |\n`;

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
const longestNote = (s: RowSection): number => Math.max(s.omitted(s.rows.length, 0).length, s.omitted(s.rows.length, 1).length);

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
