/** Bytes to text the way the analysers need it: UTF-8 (or a Python file's declared coding), one line end. */
import { isUtf8 } from 'node:buffer';

const BYTE_ORDER_MARK = 0xfeff;

export interface DecodedText {
  text: string;
  /** why the text is only counted, not parsed */
  note?: string;
}

// PEP 263: a comment on line 1 or 2 naming the source encoding, e.g. `# -*- coding: latin-1 -*-`.
const CODING_COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
// Python's names for encodings WHATWG (TextDecoder) spells differently.
const PYTHON_CODEC_ALIASES: Readonly<Record<string, string>> = {
  'latin-1': 'iso-8859-1',
  latin1: 'iso-8859-1',
  l1: 'iso-8859-1',
  cp1252: 'windows-1252',
  'shift-jis': 'shift_jis',
  sjis: 'shift_jis',
  cp932: 'shift_jis',
  'euc-jp': 'euc-jp',
};

function declaredCoding(bytes: Buffer): string | undefined {
  const head = bytes
    .subarray(0, 400)
    .toString('latin1')
    .split(/\r\n|\r|\n/, 2);
  for (const line of head) {
    const match = CODING_COOKIE.exec(line);
    if (match) return match[1]!.toLowerCase().replace(/_/g, '-');
  }
  return undefined;
}

function decodeDeclared(bytes: Buffer, coding: string): DecodedText {
  try {
    const decoder = new TextDecoder(PYTHON_CODEC_ALIASES[coding] ?? coding, { fatal: true });
    return { text: decoder.decode(bytes) };
  } catch {
    return {
      text: bytes.toString('utf8'),
      note: `declares the coding "${coding}", which its bytes do not follow or shipgate cannot decode: counted, not parsed`,
    };
  }
}

/** Old Mac files end lines with a lone CR: Python and TypeScript count those as lines, so must we. */
function oneLineEnd(text: string): string {
  if (!text.includes('\r')) return text;
  return /\r(?!\n)/.test(text) ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/**
 * Decodes a file's bytes. Validating first and then decoding is measurably faster than a fatal
 * TextDecoder on large scans. Python files that declare a coding (PEP 263) are decoded as declared.
 */
export function decodeSource(bytes: Uint8Array, isPython: boolean): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let decoded: DecodedText;
  if (isUtf8(buffer)) decoded = { text: buffer.toString('utf8') };
  else {
    const coding = isPython ? declaredCoding(buffer) : undefined;
    decoded = coding
      ? decodeDeclared(buffer, coding)
      : { text: buffer.toString('utf8'), note: 'not valid UTF-8: counted with replacement characters, not parsed' };
  }
  const text = decoded.text.charCodeAt(0) === BYTE_ORDER_MARK ? decoded.text.slice(1) : decoded.text;
  return { ...decoded, text: oneLineEnd(text) };
}
