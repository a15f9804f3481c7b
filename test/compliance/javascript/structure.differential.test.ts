/**
 * Differential test: the JavaScript scanner against the TypeScript compiler's answer (typescript/structure.ts)
 * over every JavaScript file of the installed packages under 200 KB (about 4,300 files, 26 MB of real code
 * in many styles: bundles, transpiled output, hand-written modules). Where the scanner answers, it must
 * give the compiler's symbols exactly; it must answer for most files, or it saves nothing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeJavaScript } from '../../../src/compliance/javascript/structure.js';
import { analyzeTypeScript } from '../../../src/compliance/typescript/structure.js';

const nodeModules = fileURLToPath(new URL('../../../node_modules/', import.meta.url));

function corpus(): string[] {
  return readdirSync(nodeModules, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.(js|mjs|cjs)$/.test(path))
    .map((path) => join(nodeModules, path))
    .filter((path) => statSync(path).isFile() && statSync(path).size < 200_000)
    .sort();
}

describe('JavaScript scanner vs the TypeScript compiler', () => {
  it('gives the compiler’s symbols for every file it answers, and answers for most', () => {
    const files = corpus();
    const mismatches: string[] = [];
    let answered = 0;
    let missedErrors = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const scanned = analyzeJavaScript(text);
      if (scanned === undefined) continue;
      answered++;
      const reference = analyzeTypeScript(text, file);
      if (reference.parseError !== undefined) {
        missedErrors++;
        continue;
      }
      if (JSON.stringify(scanned.symbols) !== JSON.stringify(reference.symbols)) {
        const at = scanned.symbols.findIndex((s, i) => JSON.stringify(s) !== JSON.stringify(reference.symbols[i]));
        mismatches.push(`${file}: ${JSON.stringify(scanned.symbols[at])} vs ${JSON.stringify(reference.symbols[at])}`);
      }
    }
    console.log(
      `${files.length} files, ${answered} answered, ${missedErrors} syntax errors missed, ${mismatches.length} mismatches`,
    );
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(answered / files.length).toBeGreaterThan(0.9);
  }, 300_000);
});
