/**
 * Text reports line by line, every line numbered so faults can be placed. Written by hand over the file's
 * byte chunks rather than with node:readline or a decoded string: on a 21 MB tracefile (2.2 million lines)
 * readline's per-line events cost a third more time, and a string per line spent a third of the reading in
 * allocation and garbage collection (both measured). The reader decodes only the lines it needs as text.
 */
import { createReadStream } from 'node:fs';
import { errorMessage } from '../../core/errors.js';
import { ReportError } from './source.js';

/** Larger reads than the XML and JSON parsers take (lines are handed on at once); larger still cost memory, not time. */
const LINE_CHUNK_BYTES = 256 * 1024;

const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];

/** One line: `bytes[start, end)` (UTF-8, without its \n or \r\n), and its number (1-based). */
export type OnLine = (bytes: Buffer, start: number, end: number, number: number) => void;

/** Calls `onLine` with each line of the file; returns the count. */
export async function readLines(file: string, display: string, onLine: OnLine): Promise<number> {
  let number = 0;
  let rest: Buffer | undefined;
  let atFileStart = true;
  const emit = (bytes: Buffer, start: number, end: number) =>
    onLine(bytes, start, end > start && bytes[end - 1] === CARRIAGE_RETURN ? end - 1 : end, ++number);
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: LINE_CHUNK_BYTES }) as AsyncIterable<Buffer>) {
      let start = atFileStart && startsWithBom(chunk) ? BYTE_ORDER_MARK.length : 0;
      atFileStart = false;
      if (rest !== undefined) {
        // Only the line cut by the chunk boundary is joined: copying whole chunks cost a tenth of the time.
        const end = chunk.indexOf(NEWLINE);
        if (end < 0) {
          rest = Buffer.concat([rest, chunk]);
          continue;
        }
        const joined = Buffer.concat([rest, chunk.subarray(0, end)]);
        emit(joined, 0, joined.length);
        start = end + 1;
      }
      start = eachLine(chunk, start, emit);
      rest = start < chunk.length ? chunk.subarray(start) : undefined;
    }
  } catch (error) {
    if (error instanceof ReportError) throw error;
    throw new ReportError(`Cannot read the report ${display}: ${errorMessage(error)}`);
  }
  if (rest !== undefined) emit(rest, 0, rest.length);
  return number;
}

/** Emits each whole line of `bytes` from `start` on; returns where the unfinished last line starts. */
function eachLine(bytes: Buffer, start: number, emit: (bytes: Buffer, start: number, end: number) => void): number {
  // A plain loop over the bytes: faster than Buffer.indexOf's call per line (measured).
  for (let end = start; end < bytes.length; end++) {
    if (bytes[end] !== NEWLINE) continue;
    emit(bytes, start, end);
    start = end + 1;
  }
  return start;
}

function startsWithBom(bytes: Buffer): boolean {
  return BYTE_ORDER_MARK.every((byte, i) => bytes[i] === byte);
}
