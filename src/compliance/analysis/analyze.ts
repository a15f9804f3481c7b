import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tally, type LineCounts } from '../lines/kinds.js';
import { findDirectives, type Directive } from './directives.js';
import { languageForPath, type Language } from '../languages/table.js';
import { classifyLines } from '../lines/classify.js';
import { analyzePython } from '../python/structure.js';
import type { ScanFile } from '../files.js';
import type { FileEntry } from '../report.js';
import { isClass, isEnum, isNamedFunction, type FileStructure, type SymbolSpan } from './symbols.js';

/** One file as the rules see it: counts, the kind of every line, and its functions and classes. */
export interface AnalyzedFile {
  entry: FileEntry;
  language: Language | undefined;
  kinds: Uint8Array;
  symbols: SymbolSpan[];
  directives: Directive[];
}

type StructureAnalyzer = (text: string, fileName: string) => FileStructure;

// The TypeScript compiler is large (about 9 MB): load it only when a scan meets a TS/JS file.
let typescriptAnalyzer: Promise<StructureAnalyzer> | undefined;
function loadTypeScriptAnalyzer(): Promise<StructureAnalyzer> {
  // The compiler reads CommonJS's `__filename` at load time, which our ES module bundles do not define.
  const globals = globalThis as { __filename?: string };
  globals.__filename ??= fileURLToPath(import.meta.url);
  typescriptAnalyzer ??= import('../typescript/structure.js').then((m) => m.analyzeTypeScript);
  return typescriptAnalyzer;
}

const TYPESCRIPT_FAMILY = new Set(['typescript', 'tsx', 'javascript', 'jsx']);

async function structureAnalyzerFor(language: Language | undefined): Promise<StructureAnalyzer | undefined> {
  if (language?.id === 'python') return (text) => analyzePython(text);
  if (language && TYPESCRIPT_FAMILY.has(language.id)) return loadTypeScriptAnalyzer();
  return undefined;
}

/** A NUL byte in the first 8 KB marks a binary file, as git itself decides. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8000).includes(0);
}

const BYTE_ORDER_MARK = 0xfeff;

/** Validating first and then decoding is measurably faster than a fatal TextDecoder on large scans. */
function decode(bytes: Uint8Array): { text: string; note?: string } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoded = buffer.toString('utf8');
  const text = decoded.charCodeAt(0) === BYTE_ORDER_MARK ? decoded.slice(1) : decoded;
  if (isUtf8(buffer)) return { text };
  return { text, note: 'not valid UTF-8: counted with replacement characters, not parsed' };
}

function entryFor(path: string, language: Language | undefined, counts: LineCounts, symbols: SymbolSpan[]): FileEntry {
  return {
    path,
    language: language?.id ?? null,
    ...counts,
    functions: symbols.filter(isNamedFunction).length,
    classes: symbols.filter(isClass).length,
    enums: symbols.filter(isEnum).length,
    parsed: false,
  };
}

async function parseStructure(
  text: string,
  path: string,
  language: Language | undefined,
  maxParseBytes: number,
  bytes: number,
) {
  const analyzer = await structureAnalyzerFor(language);
  if (!analyzer) return { symbols: [], note: undefined, parsed: false };
  if (bytes > maxParseBytes)
    return { symbols: [], note: `larger than ${maxParseBytes} bytes: counted, not parsed`, parsed: false };
  const structure = analyzer(text, path);
  if (structure.parseError)
    return { symbols: structure.symbols, note: `unparseable: ${structure.parseError}`, parsed: false };
  return { symbols: structure.symbols, note: undefined, parsed: true };
}

/**
 * Counts and parses one file's bytes; null for a binary file, which is not scanned.
 * Never throws on bad content: problems become a note on the file.
 */
export async function analyzeFile(
  path: string,
  bytes: Uint8Array,
  maxParseBytes: number,
): Promise<AnalyzedFile | null> {
  if (looksBinary(bytes)) return null;
  const language = languageForPath(path);
  const { text, note: decodeNote } = decode(bytes);
  const kinds = classifyLines(text, language);
  const structure = decodeNote
    ? { symbols: [], note: decodeNote, parsed: false }
    : await parseStructure(text, path, language, maxParseBytes, bytes.length);
  const entry = entryFor(path, language, tally(kinds), structure.symbols);
  entry.parsed = structure.parsed;
  if (structure.note) entry.note = structure.note;
  return { entry, language, kinds, symbols: structure.symbols, directives: findDirectives(text, kinds) };
}

/** Files to analyse: paths relative to the repository root, as git lists them. */
export interface AnalysisJob {
  root: string;
  files: ScanFile[];
  maxParseBytes: number;
}

/** Reads synchronously: files are small, and the promise machinery of async reads costs more than the read. */
export async function analyzeFiles(job: AnalysisJob): Promise<AnalyzedFile[]> {
  const results: AnalyzedFile[] = [];
  for (const file of job.files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(job.root, file.repoPath));
    } catch {
      continue; // deleted or unreadable since git listed it: nothing to measure
    }
    const analyzed = await analyzeFile(file.repoPath, bytes, job.maxParseBytes);
    if (analyzed) results.push(analyzed);
  }
  return results;
}
