/**
 * Differential test: the hand-written Python scanner against CPython's own `ast`, over the machine's
 * Python standard library (every .py file outside site-packages, ≈1,800 files) plus our fixtures.
 * test/support/python-ast-spans.py gives the reference spans in one python3 process.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect } from 'vitest';
import { analyzePython } from '../../../src/compliance/python/structure.js';
import type { SymbolSpan } from '../../../src/compliance/analysis/symbols.js';
import { itWithBinary } from '../../support/binaries.js';

type Reference = { symbols: SymbolSpan[] } | { error: string };

const helper = fileURLToPath(new URL('../../support/python-ast-spans.py', import.meta.url));
const fixtures = fileURLToPath(new URL('../../fixtures/structure/', import.meta.url));

function python(args: string[], input?: string): string | undefined {
  const run = spawnSync('python3', args, { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.error !== undefined || run.status !== 0) return undefined;
  return run.stdout;
}

const stdlib = python(['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])?.trim();
const runIt = itWithBinary('python3', stdlib !== undefined);

function corpus(root: string): string[] {
  const stdlibFiles = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.py') && !/(^|[\\/])(site|dist)-packages([\\/]|$)/.test(path))
    .map((path) => join(root, path));
  const fixtureFiles = readdirSync(fixtures)
    .filter((name) => name.endsWith('.py'))
    .map((name) => join(fixtures, name));
  return [...stdlibFiles.sort(), ...fixtureFiles];
}

function describeSpan(span: SymbolSpan | undefined): string {
  return span === undefined ? 'nothing' : JSON.stringify(span);
}

/** Mismatches between one file's reference spans and ours, keyed by first line (unique per file). */
function compare(file: string, expected: SymbolSpan[], actual: SymbolSpan[]): string[] {
  const ours = new Map(actual.map((span) => [span.line, span]));
  const problems: string[] = [];
  for (const reference of expected) {
    const found = ours.get(reference.line);
    ours.delete(reference.line);
    if (JSON.stringify(found) !== JSON.stringify(reference)) {
      problems.push(`${file}: ${reference.name}: expected ${describeSpan(reference)}, got ${describeSpan(found)}`);
    }
  }
  for (const extra of ours.values()) problems.push(`${file}: ${extra.name}: not in ast, got ${describeSpan(extra)}`);
  return problems;
}

function normalise(span: SymbolSpan): SymbolSpan {
  const { kind, name, line, endLine, params } = span;
  return params === undefined ? { kind, name, line, endLine } : { kind, name, line, endLine, params };
}

describe('analyzePython against CPython ast', () => {
  runIt('gives the same spans as ast for every standard library file ast can parse', () => {
    expect(stdlib, 'python3 is required in CI').toBeDefined();
    const files = corpus(stdlib ?? '');
    const output = python([helper], files.join('\n'));
    expect(output, 'python-ast-spans.py failed').toBeDefined();
    const references = JSON.parse(output ?? '{}') as Record<string, Reference>;
    const mismatches: string[] = [];
    let compared = 0;
    let symbols = 0;
    let unparseable = 0;
    let flagged = 0;
    for (const file of files) {
      const reference = references[file];
      const ours = analyzePython(readFileSync(file, 'utf8'));
      if (reference === undefined || 'error' in reference) {
        unparseable++;
        flagged += ours.parseError === undefined ? 0 : 1;
        continue;
      }
      compared++;
      symbols += reference.symbols.length;
      if (ours.parseError !== undefined) mismatches.push(`${file}: unexpected parse error ${ours.parseError}`);
      else mismatches.push(...compare(file, reference.symbols, ours.symbols.map(normalise)));
    }
    console.info(
      `python structure vs ast: ${compared} files, ${symbols} symbols compared, ${mismatches.length} mismatches; ` +
        `${unparseable} files ast rejects, ${flagged} of them flagged by the scanner`,
    );
    expect(mismatches.slice(0, 50)).toEqual([]);
    expect(compared).toBeGreaterThanOrEqual(500);
    expect(symbols).toBeGreaterThanOrEqual(10_000);
  });
});
