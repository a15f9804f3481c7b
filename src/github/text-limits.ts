/** GitHub's size limits for the texts shipgate writes, and helpers that cut texts cleanly to fit them. */
export const LIMITS = {
  checkRunSummary: 65_535,
  checkRunText: 65_535,
  checkRunTitle: 255,
  commentBody: 65_536,
  issueBody: 65_536,
  issueTitle: 256,
  annotationTitle: 255,
  annotationBytes: 64 * 1024,
  statusDescription: 140,
  deploymentDescription: 140,
} as const;

const numbers = new Intl.NumberFormat('en-US');

/**
 * Cuts Markdown to at most `limit` characters at a line boundary, closes a code fence left open, and
 * appends a note saying how much was cut. Text within the limit is returned unchanged.
 */
export function truncateMarkdown(text: string, limit: number): string {
  if (text.length <= limit) return text;
  // Budget the note for the worst case (everything cut) so the result always fits.
  const budget = cutNote(text.length, lineCount(text), limit).length + FENCE_CLOSE.length;
  const cut = cutPosition(text, Math.max(0, limit - budget));
  const kept = text.slice(0, cut);
  const removed = text.slice(cut).replace(/^\n/, '');
  const fence = hasOpenFence(kept) ? FENCE_CLOSE : '';
  return kept + fence + cutNote(removed.length, lineCount(removed), limit);
}

const FENCE_CLOSE = '\n```';

function cutNote(characters: number, lines: number, limit: number): string {
  const lineText = lines === 1 ? '1 line' : `${numbers.format(lines)} lines`;
  return (
    `\n\n> **Cut:** ${numbers.format(characters)} more characters (${lineText}) did not fit: ` +
    `GitHub allows ${numbers.format(limit)} characters here.`
  );
}

// The last line break within `max`; mid-line only when a single line is longer than half the room.
function cutPosition(text: string, max: number): number {
  const lineBreak = text.lastIndexOf('\n', max);
  if (lineBreak >= max / 2) return lineBreak;
  return avoidSplitPair(text, max);
}

/** Moves a cut back one place if it would split a UTF-16 surrogate pair (an emoji, say). */
function avoidSplitPair(text: string, position: number): number {
  const before = text.charCodeAt(position - 1);
  return position > 0 && before >= 0xd800 && before <= 0xdbff ? position - 1 : position;
}

function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

function hasOpenFence(markdown: string): boolean {
  const fences = markdown.match(/^ {0,3}(```|~~~)/gm);
  return fences !== null && fences.length % 2 === 1;
}

/** Cuts a one-line text to `limit` characters, ending it with "…" when cut. */
export function truncateLine(text: string, limit: number): string {
  if (text.length <= limit) return text;
  return text.slice(0, avoidSplitPair(text, limit - 1)) + '…';
}

/** Cuts a text to at most `maxBytes` of UTF-8, ending it with "…" when cut. */
export function truncateBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const ellipsis = '…';
  const room = maxBytes - Buffer.byteLength(ellipsis, 'utf8');
  // Decoding a cut byte sequence leaves U+FFFD for a partial character: drop it.
  const kept = Buffer.from(text, 'utf8')
    .subarray(0, room)
    .toString('utf8')
    .replace(/\uFFFD$/, '');
  return kept + ellipsis;
}
