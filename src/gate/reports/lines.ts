/**
 * Text reports line by line, every line numbered so faults can be placed. Written by hand over the file's
 * chunks rather than with node:readline: on a 21 MB tracefile readline's per-line events cost a third more
 * time (measured), and LCOV is read where speed is a stated goal.
 */
import { createReadStream } from 'node:fs';
import { errorMessage } from '../../core/errors.js';
import { ReportError } from './source.js';

/** Larger reads than the XML and JSON parsers take (lines are handed on at once); larger still cost memory, not time. */
const LINE_CHUNK_BYTES = 256 * 1024;

/** Calls `onLine` with each line (without its \n or \r\n) and its number (1-based); returns the count. */
export async function readLines(
  file: string,
  display: string,
  onLine: (line: string, number: number) => void,
): Promise<number> {
  let number = 0;
  let rest = '';
  try {
    for await (const chunk of createReadStream(file, {
      encoding: 'utf8',
      highWaterMark: LINE_CHUNK_BYTES,
    }) as AsyncIterable<string>) {
      const text = number === 0 && rest === '' ? chunk.replace(/^\uFEFF/, '') : rest + chunk;
      let start = 0;
      for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
        onLine(text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end), ++number);
        start = end + 1;
      }
      rest = text.slice(start);
    }
  } catch (error) {
    if (error instanceof ReportError) throw error;
    throw new ReportError(`Cannot read the report ${display}: ${errorMessage(error)}`);
  }
  if (rest !== '') onLine(rest.endsWith('\r') ? rest.slice(0, -1) : rest, ++number);
  return number;
}
