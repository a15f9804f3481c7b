/** Report files as streams: never read whole into one string, and every fault named with file and place. */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { ConfigurationError, errorMessage } from '../../core/errors.js';

/** A report that cannot be read or understood: the user's input, so exit 2 / a failed step, with file and place. */
export class ReportError extends ConfigurationError {
  override name = 'ReportError';
}

/** Bytes read per chunk: small enough to keep memory flat, large enough to keep parsers busy. */
export const CHUNK_BYTES = 64 * 1024;

/** The file's text in chunks (UTF-8; a byte-order mark is dropped). */
export async function* textChunks(file: string, display: string): AsyncGenerator<string> {
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: CHUNK_BYTES });
  let first = true;
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      yield first && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
      first = false;
    }
  } catch (error) {
    throw new ReportError(`Cannot read the report ${display}: ${errorMessage(error)}`);
  } finally {
    stream.destroy();
  }
}

/** The first bytes of a file, as text: enough to tell its format. */
export async function readHead(file: string, display: string, bytes = CHUNK_BYTES): Promise<string> {
  let handle;
  try {
    handle = await open(file, 'r');
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a folder' : errorMessage(error);
    throw new ReportError(`Cannot read the report ${display}: ${reason}.`);
  } finally {
    await handle?.close();
  }
}

/**
 * A copy of a string that shares no memory with the chunk it was cut from. V8 keeps a substring as a view
 * of its parent, so one kept file name or failure message would keep a whole 64 KB–1 MB chunk alive; what a
 * parser keeps past its chunk goes through this.
 */
export function ownCopy(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
