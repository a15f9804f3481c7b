/** Streaming JSON through @streamparser/json: only the values at the given paths are built, one at a time. */
import { JSONParser } from '@streamparser/json';
import { errorMessage } from '../../core/errors.js';
import { createReadStream } from 'node:fs';
import { CHUNK_BYTES, ReportError } from './source.js';

export type JsonPath = (string | number)[];

/**
 * Calls `onValue` with each value at one of `paths` (JSONPath subset: `$`, `$.key`, `$.*`, `$.a.*.b`) and
 * where it was found. Throws a ReportError, naming the file and the byte offset, for anything that is not
 * one complete JSON document.
 */
export async function parseJson(
  file: string,
  display: string,
  paths: string[],
  onValue: (value: unknown, path: JsonPath) => void,
): Promise<void> {
  const parser = new JSONParser({ paths, keepStack: false });
  let handlerError: unknown;
  parser.onValue = ({ value, key, stack }) => {
    const path = [...stack.slice(1).map((element) => element.key as string | number), key as string | number];
    try {
      onValue(value, path);
    } catch (error) {
      handlerError ??= error; // thrown from write() below, so the stream stops at once
    }
  };
  let offset = 0;
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
      parser.write(offset === 0 ? withoutByteOrderMark(chunk) : chunk);
      offset += chunk.length;
      if (handlerError !== undefined) throw handlerError;
    }
    // The parser ends itself after one complete document; still open means the file was cut short.
    if (!parser.isEnded) parser.end();
  } catch (error) {
    throw asReportError(error, display, offset);
  }
}

const withoutByteOrderMark = (chunk: Buffer): Buffer =>
  chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? chunk.subarray(3) : chunk;

function asReportError(error: unknown, display: string, offset: number): ReportError {
  if (error instanceof ReportError) return error;
  const where = offset === 0 ? 'it is empty' : `within bytes ${Math.max(0, offset - CHUNK_BYTES)}–${offset}`;
  return new ReportError(`${display}: not one complete JSON document (${where}): ${errorMessage(error)}`);
}

/** Reads a value the format requires; the error names the file and the JSON path. */
export function expectObject(value: unknown, display: string, path: JsonPath): Record<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  throw new ReportError(
    `${display}: ${describePath(path)} should be an object, not ${JSON.stringify(value)?.slice(0, 60)}.`,
  );
}

export function describePath(path: JsonPath): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${key}`), '$');
}
