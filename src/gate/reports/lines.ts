/** Text reports line by line (node:readline), every line numbered so faults can be placed. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { errorMessage } from '../../core/errors.js';
import { CHUNK_BYTES, ReportError } from './source.js';

/** Calls `onLine` with each line and its number (1-based); a throw from it stops the reading. */
export async function readLines(
  file: string,
  display: string,
  onLine: (line: string, number: number) => void,
): Promise<number> {
  const input = createReadStream(file, { encoding: 'utf8', highWaterMark: CHUNK_BYTES });
  const reader = createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  let failure: unknown;
  await new Promise<void>((resolve) => {
    reader.on('line', (line) => {
      if (failure !== undefined) return;
      number += 1;
      try {
        onLine(number === 1 ? line.replace(/^\uFEFF/, '') : line, number);
      } catch (error) {
        failure = error;
        reader.close();
        input.destroy();
      }
    });
    input.on('error', (error) => {
      failure ??= new ReportError(`Cannot read the report ${display}: ${errorMessage(error)}`);
      reader.close();
    });
    reader.on('close', resolve);
  });
  if (failure !== undefined) throw failure;
  return number;
}
