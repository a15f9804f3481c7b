/** Building blocks for GitHub-flavoured Markdown: text, code spans, links and table rows that are safe in a cell. */
import type { Severity } from '../../../compliance/settings.js';

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

export const SEVERITY_LABELS: Record<Severity, string> = {
  critical: '🔴 critical',
  major: '🟠 major',
  minor: '🟡 minor',
};

export const formatCount = (n: number): string => n.toLocaleString('en-US');

export type Align = 'left' | 'right';

const RULER: Record<Align, string> = { left: ':---', right: '---:' };

export function tableHead(columns: ReadonlyArray<readonly [title: string, align: Align]>): string {
  const titles = columns.map(([title]) => title);
  return `${tableRow(titles)}${tableRow(columns.map(([, align]) => RULER[align]))}`;
}

/** One table row with its newline; cells must already be escaped. */
export const tableRow = (cells: readonly string[]): string => `| ${cells.join(' | ')} |\n`;
