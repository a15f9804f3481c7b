/**
 * The line counter against independent references, on real files:
 * - the machine's Python standard library: totals against `wc -l`, and the kind of every line against
 *   Python's own tokenizer (test/fixtures/lines/python-line-oracle.py);
 * - TypeScript and JavaScript files (this repository's and installed packages') against the TypeScript
 *   parser: tokens make code lines, comment trivia makes comment lines;
 * - random texts in every language: one kind per line, and a line with text is never blank.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, languageById, languageForPath } from '../../../src/compliance/languages/table.js';
import { classifyLines, countLines } from '../../../src/compliance/lines/classify.js';
import { itWithBinary } from '../../support/binaries.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const oracle = fileURLToPath(new URL('../../fixtures/lines/python-line-oracle.py', import.meta.url));
const letters = (kinds: Uint8Array): string => Array.from(kinds, (kind) => '.c#'.charAt(kind)).join('');

/** Lines as `wc -l` counts them, plus one for an unterminated last line. */
function expectedLineCount(text: string): number {
  let newlines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines++;
  return newlines + (text.length > 0 && !text.endsWith('\n') ? 1 : 0);
}

function python(args: string[]): string | undefined {
  const run = spawnSync('python3', args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.error !== undefined || run.status !== 0) return undefined;
  return run.stdout;
}

const stdlib = python(['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])?.trim();
const withPython = itWithBinary('python3', stdlib !== undefined);

function stdlibFiles(): string[] {
  if (stdlib === undefined) throw new Error('python3 is required: its standard library is the corpus');
  return readdirSync(stdlib, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.py') && !/(^|[\\/])(site|dist)-packages([\\/]|$)/.test(path))
    .sort()
    .map((path) => join(stdlib, path));
}

/** `lines` matches `wc -l` (+1 when the last line is unterminated) and the kinds add up to it. */
function checkAgainstWc(file: string): void {
  const text = readFileSync(file, 'utf8');
  const wc = Number.parseInt(execFileSync('wc', ['-l', file], { encoding: 'utf8' }), 10);
  const counts = countLines(text, languageForPath(file));
  expect(counts.lines, file).toBe(wc + (text.length > 0 && !text.endsWith('\n') ? 1 : 0));
  expect(counts.code + counts.comment + counts.blank, file).toBe(counts.lines);
}

/** Runs the tokenizer oracle on the files and compares every line's kind with ours. */
function checkAgainstTokenizer(files: readonly string[]): void {
  const output = execFileSync('python3', [oracle, ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const python = languageById('python');
  let compared = 0;
  for (const row of output.trim().split('\n')) {
    const reference = JSON.parse(row) as { path: string; kinds?: string };
    if (reference.kinds === undefined) continue; // not valid Python (test data): nothing to compare with
    expect(letters(classifyLines(readFileSync(reference.path, 'utf8'), python)), reference.path).toBe(reference.kinds);
    compared++;
  }
  expect(compared).toBeGreaterThan(files.length * 0.9);
}

describe('Python standard library', () => {
  withPython('line totals equal wc -l for a handful of files', () => {
    const files = ['os.py', 'textwrap.py', 'typing.py', 'json/decoder.py', 'email/_header_value_parser.py'];
    for (const file of files) checkAgainstWc(join(stdlib ?? '', file));
  });

  withPython('code + comment + blank === lines for every file', () => {
    const python = languageById('python');
    for (const file of stdlibFiles()) {
      const text = readFileSync(file, 'utf8');
      const counts = countLines(text, python);
      expect(counts.lines, file).toBe(expectedLineCount(text));
      expect(counts.code + counts.comment + counts.blank, file).toBe(counts.lines);
    }
  });

  withPython("every line's kind agrees with Python's tokenizer (one file in five)", () => {
    checkAgainstTokenizer(stdlibFiles().filter((_, index) => index % 5 === 0));
  });
});

/** The TypeScript parser's view: a line with a token is code, else with comment trivia comment, else blank. */
function typescriptReference(path: string, text: string): string {
  const kind = /\.[jt]sx$/.test(path) ? ts.ScriptKind.TSX : path.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const result = new Array<string>(expectedLineCount(text)).fill('.');
  const lineOf = (pos: number): number => source.getLineAndCharacterOfPosition(pos).line;
  const trivia = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      if (/\S/.test(text.charAt(i)) && result[lineOf(i)] === '.') result[lineOf(i)] = '#';
    }
  };
  let previousEnd = 0;
  const visit = (node: ts.Node): void => {
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
    const children = node.getChildren(source);
    if (children.length > 0) return children.forEach(visit);
    const start = node.getStart(source);
    trivia(previousEnd, start);
    for (let line = lineOf(start); start < node.end && line <= lineOf(node.end - 1); line++) result[line] = 'c';
    previousEnd = node.end;
  };
  visit(source);
  trivia(previousEnd, text.length);
  return result.join('');
}

function scriptFiles(dir: string, maxBytes: number): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.(ts|tsx|js|mjs|cjs|jsx)$/.test(path) && statSync(join(dir, path)).size <= maxBytes)
    .sort()
    .map((path) => join(dir, path));
}

describe('TypeScript and JavaScript', () => {
  it("every line's kind agrees with the TypeScript parser on this repository's sources", () => {
    const files = [...scriptFiles(join(root, 'src'), 1 << 20), ...scriptFiles(join(root, 'test'), 1 << 20)];
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(letters(classifyLines(text, languageForPath(file))), file).toBe(typescriptReference(file, text));
    }
  });

  it("every line's kind agrees with the TypeScript parser on installed packages (one file in eight)", () => {
    const files = scriptFiles(join(root, 'node_modules'), 256 * 1024).filter((_, index) => index % 8 === 0);
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(letters(classifyLines(text, languageForPath(file))), file).toBe(typescriptReference(file, text));
    }
  });
});

/** A small seeded generator (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = ['"', "'", '`', '"""', "'''", '/*', '*/', '//', '#', '--', '<!--', '-->', '${', '#{', '\\(', '$(']
  .concat(['}', ')', '{', '(', '[', ']', '\\', '\n', '\n', '\r\n', ' ', '\t', 'x', 'r', 'r#"', '"#', 'R"d(', ')d"'])
  .concat(['<<EOF', 'EOF', '<<~EOS', 'EOS', '<<<', '=begin', '=end', '@"', '$@"', '/', 'return', "'a'", '\u00a0']);

describe('random texts', () => {
  const languages = LANGUAGES.map((lang) => [lang.id, lang] as const);
  it.each(languages)('%s: one kind per line; a line with text is never blank', (_, lang) => {
    const next = random(lang.id.length * 7919);
    for (let round = 0; round < 300; round++) {
      let text = '';
      for (let i = 0; i < 40; i++) text += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)] ?? '';
      const kinds = classifyLines(text, lang);
      expect(kinds.length, JSON.stringify(text)).toBe(expectedLineCount(text));
      text.split('\n').forEach((line, index) => {
        if (/\S/.test(line)) expect(kinds[index], JSON.stringify(text)).not.toBe(0);
      });
    }
  });
});
