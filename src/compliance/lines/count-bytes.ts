/**
 * Line totals of prose, data and unknown files straight from their bytes: the report shows only their
 * size, no rule reads their comments, and decoding then classifying a 20 MB log or JSON file char by
 * char would cost more than every source file of a scan together. Hand-written because it is the hot
 * loop of mixed repositories: one pass, no decoding, no allocation.
 */
import type { LineCounts } from './kinds.js';

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** Bytes that leave a line blank: space, tab, vertical tab, form feed, and a CR inside a CRLF. */
function isBlankByte(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0b || byte === 0x0c;
}

/** Whether the bytes have a CR that is not part of a CRLF (an old Mac line end). */
function hasLoneCarriageReturn(bytes: Uint8Array): boolean {
  for (let at = bytes.indexOf(CARRIAGE_RETURN); at >= 0; at = bytes.indexOf(CARRIAGE_RETURN, at + 1)) {
    if (bytes[at + 1] !== NEWLINE) return true;
  }
  return false;
}

/** Whether bytes[from, to) hold only blank bytes (the CR of a CRLF included). */
function isBlankLine(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const byte = bytes[i]!;
    if (!isBlankByte(byte) && byte !== CARRIAGE_RETURN) return false;
  }
  return true;
}

/**
 * Lines (ended by LF, CRLF or a lone CR, plus an unterminated last line) and how many are blank; the
 * others count as code. A UTF-8 byte order mark is not content. Line ends are found with indexOf
 * (memchr), and a line's blankness is almost always settled by its first byte.
 */
export function countLineBytes(bytes: Uint8Array): LineCounts {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const text = hasLoneCarriageReturn(bytes)
    ? bytes.map((b, i) => (b === CARRIAGE_RETURN && bytes[i + 1] !== NEWLINE ? NEWLINE : b))
    : bytes;
  let lines = 0;
  let blank = 0;
  let from = start;
  for (let end = text.indexOf(NEWLINE, from); end >= 0; end = text.indexOf(NEWLINE, from)) {
    lines++;
    if (isBlankLine(text, from, end)) blank++;
    from = end + 1;
  }
  if (from < text.length) {
    lines++;
    if (isBlankLine(text, from, text.length)) blank++;
  }
  return { lines, code: lines - blank, comment: 0, blank };
}
