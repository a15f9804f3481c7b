import { fileURLToPath } from 'node:url';
import { countLineBytes } from '../lines/count-bytes.js';
import { tally, type LineCounts } from '../lines/kinds.js';
import { findDirectives, type Directive } from './directives.js';
import { languageForPath, type Language } from '../languages/table.js';
import { classifyLines } from '../lines/classify.js';
import { analyzeJavaScript } from '../javascript/structure.js';
import { analyzePython } from '../python/structure.js';
import type { ScanFile } from '../files.js';
import type { FileEntry, SkippedFile } from '../report.js';
import { decodeSource } from './decode.js';
import { WorkTreeReader } from './read-file.js';
import { isClass, isEnum, isNamedFunction, type FileStructure, type SymbolSpan } from './symbols.js';

/** One file as the rules see it: counts, the kind of every line, and its functions and classes. */
export interface AnalyzedFile {
  entry: FileEntry;
  language: Language | undefined;
  kinds: Uint8Array;
  symbols: SymbolSpan[];
  directives: Directive[];
  /** nesting exhausted the stack of the thread that analysed it (see FileStructure.stackExhausted) */
  stackExhausted?: true;
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

/** Whether analysing the file may load the TypeScript compiler (a JavaScript file does when the scanner leaves it). */
export function needsCompiler(path: string): boolean {
  const id = languageForPath(path)?.id;
  return id !== undefined && TYPESCRIPT_FAMILY.has(id);
}

/** Whether the file's language has a structure (functions, classes) that a parser can find. */
const hasStructure = (language: Language | undefined): language is Language =>
  language !== undefined && (language.id === 'python' || TYPESCRIPT_FAMILY.has(language.id));

/**
 * Python and JavaScript by our own scanners; the rest of the TypeScript family, and the JavaScript files
 * the scanner leaves to it (JSX, syntax errors, …), by the compiler.
 */
async function structureOf(text: string, path: string, language: Language): Promise<FileStructure> {
  if (language.id === 'python') return analyzePython(text);
  const scanned = language.id === 'javascript' ? analyzeJavaScript(text) : undefined;
  return scanned ?? (await loadTypeScriptAnalyzer())(text, path);
}

/** A NUL byte in the first 8 KB marks a binary file, as git itself decides. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8000).includes(0);
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
): Promise<ParsedStructure> {
  if (!hasStructure(language)) return { symbols: [], note: undefined, parsed: false };
  if (bytes > maxParseBytes)
    return { symbols: [], note: `larger than ${maxParseBytes} bytes: counted, not parsed`, parsed: false };
  const structure = await structureOf(text, path, language);
  if (structure.parseError) {
    const note = `unparseable: ${structure.parseError}`;
    return { symbols: structure.symbols, note, parsed: false, stackExhausted: structure.stackExhausted };
  }
  return { symbols: structure.symbols, note: undefined, parsed: true, lineKinds: structure.lineKinds };
}

interface ParsedStructure {
  symbols: SymbolSpan[];
  note: string | undefined;
  parsed: boolean;
  stackExhausted?: true | undefined;
  lineKinds?: Uint8Array | undefined;
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
  if (language === undefined || language.category === 'prose' || language.category === 'data') {
    return countedOnly(path, language, bytes);
  }
  const { text, note: decodeNote } = decodeSource(bytes, language?.id === 'python');
  const structure: ParsedStructure = decodeNote
    ? { symbols: [], note: decodeNote, parsed: false }
    : await parseStructure(text, path, language, maxParseBytes, bytes.length);
  // The Python scanner marks each line's kind as it reads; other files take the line classifier's pass.
  const kinds = structure.lineKinds ?? classifyLines(text, language);
  const entry = entryFor(path, language, tally(kinds), structure.symbols);
  entry.parsed = structure.parsed;
  if (structure.note) entry.note = structure.note;
  const analyzed: AnalyzedFile = {
    entry,
    language,
    kinds,
    symbols: structure.symbols,
    directives: findDirectives(text, kinds),
  };
  if (structure.stackExhausted) analyzed.stackExhausted = true;
  return analyzed;
}

/** Prose, data and files of no known language: counted from their bytes; no rule looks inside them. */
function countedOnly(path: string, language: Language | undefined, bytes: Uint8Array): AnalyzedFile {
  const entry = entryFor(path, language, countLineBytes(bytes), []);
  return { entry, language, kinds: NO_KINDS, symbols: [], directives: [] };
}

const NO_KINDS = new Uint8Array(0);

/** Files to analyse: paths relative to the repository root, as git lists them. */
export interface AnalysisJob {
  root: string;
  files: ScanFile[];
  maxParseBytes: number;
}

/** What a batch of files gave: the analysed files, and those that could not be read, with the reason. */
export interface AnalyzedBatch {
  analyzed: AnalyzedFile[];
  skipped: SkippedFile[];
}

/** Analyses a file again elsewhere (on a thread with the analysis stack); undefined when it cannot. */
export type AnalyzeElsewhere = (file: ScanFile) => Promise<AnalyzedBatch | undefined>;

/** Reads synchronously: files are small, and the promise machinery of async reads costs more than the read. */
export async function analyzeFiles(job: AnalysisJob, onStackExhausted?: AnalyzeElsewhere): Promise<AnalyzedBatch> {
  const batch: AnalyzedBatch = { analyzed: [], skipped: [] };
  const reader = new WorkTreeReader(job.root);
  for (const file of job.files) {
    const read = reader.read(file.repoPath);
    if ('gone' in read) continue; // deleted since git listed it: nothing to measure
    if ('skipped' in read) {
      batch.skipped.push({ path: file.repoPath, reason: read.skipped });
      continue;
    }
    const analyzed = await analyzeFile(file.repoPath, read.bytes, job.maxParseBytes);
    const again = analyzed?.stackExhausted && onStackExhausted ? await onStackExhausted(file) : undefined;
    if (again) {
      batch.analyzed.push(...again.analyzed);
      batch.skipped.push(...again.skipped);
    } else if (analyzed) batch.analyzed.push(analyzed);
  }
  return batch;
}
