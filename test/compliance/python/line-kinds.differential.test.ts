/**
 * Differential test: the line kinds the Python scanner marks as it reads (python/line-marks.ts) against
 * the line classifier's (lines/classify.ts), over the machine's Python standard library (≈1,800 files)
 * plus our fixtures. Every file the scanner reads without error must get the classifier's kinds exactly.
 * One known difference is on purpose: in PEP 701 f-strings (Python 3.12) a quote of the string's own kind
 * inside a replacement field does not end the string; the scanner follows Python's tokenizer there and the
 * classifier's generic string rules do not (structure.test.ts shows it). Python 3.11's library has none.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect } from 'vitest';
import { decodeSource } from '../../../src/compliance/analysis/decode.js';
import { languageById } from '../../../src/compliance/languages/table.js';
import { classifyLines } from '../../../src/compliance/lines/classify.js';
import { analyzePython } from '../../../src/compliance/python/structure.js';
import { itWithBinary } from '../../support/binaries.js';

const fixtures = fileURLToPath(new URL('../../fixtures/structure/', import.meta.url));
const stdlibRun = spawnSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], {
  encoding: 'utf8',
});
const stdlib = stdlibRun.status === 0 ? stdlibRun.stdout.trim() : undefined;
const runIt = itWithBinary('python3', stdlib !== undefined);
const python = languageById('python');

function corpus(root: string): string[] {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.py') && !/(^|[\\/])(site|dist)-packages([\\/]|$)/.test(path))
    .map((path) => join(root, path))
    .sort();
  const fixtureFiles = readdirSync(fixtures).filter((name) => name.endsWith('.py'));
  return [...files, ...fixtureFiles.map((name) => join(fixtures, name))];
}

/** The first line whose kinds differ, as `line N: scanner K, classifier K`, or undefined. */
function firstDifference(scanned: Uint8Array, classified: Uint8Array): string | undefined {
  const lines = Math.max(scanned.length, classified.length);
  for (let i = 0; i < lines; i++) {
    if (scanned[i] !== classified[i]) return `line ${i + 1}: scanner ${scanned[i]}, classifier ${classified[i]}`;
  }
  return undefined;
}

describe('line kinds from the Python scanner vs the line classifier', () => {
  runIt(
    'gives the classifier’s kind for every line of every file it reads',
    () => {
      const mismatches: string[] = [];
      let marked = 0;
      const files = corpus(stdlib!);
      for (const file of files) {
        const { text, note } = decodeSource(readFileSync(file), true);
        if (note !== undefined) continue;
        const scanned = analyzePython(text).lineKinds;
        if (scanned === undefined) continue;
        marked++;
        const difference = firstDifference(scanned, classifyLines(text, python));
        if (difference !== undefined) mismatches.push(`${file}: ${difference}`);
      }
      expect(mismatches.slice(0, 20)).toEqual([]);
      // Only files with syntax errors (and exotic spaces) go to the classifier alone.
      expect(marked / files.length).toBeGreaterThan(0.95);
    },
    300_000,
  );
});
