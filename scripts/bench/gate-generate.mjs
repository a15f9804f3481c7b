// Writes the quality gate benchmark's inputs: JUnit files of N testcases (1 in 100 failing, with a stack
// trace) and an LCOV tracefile of a given size, streamed to disk so even 1 GB needs no memory.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

async function writeAll(file, produce) {
  const out = createWriteStream(file);
  for (const piece of produce()) if (!out.write(piece)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

function* junitPieces(testcases) {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="vitest tests">\n';
  let piece = '';
  for (let i = 0; i < testcases; i++) {
    if (i % 1000 === 0) piece += `${i ? '  </testsuite>\n' : ''}  <testsuite name="src/m${i}.test.ts" tests="1000">\n`;
    piece += `    <testcase classname="src/m${i % 500}.test.ts" name="case ${i} handles its input" time="0.00${i % 10}">`;
    if (i % 100 === 0)
      piece += `<failure message="expected 1 to be 2" type="AssertionError">AssertionError\n ❯ src/m${i % 500}.test.ts:${(i % 300) + 1}:5</failure>`;
    piece += '</testcase>\n';
    if (piece.length > 1 << 16) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}  </testsuite>\n</testsuites>\n`;
}

/** One record: 10 functions, 300 lines, 80 branches, as a mid-sized TypeScript module gives. */
function lcovRecord(index) {
  const lines = [`TN:\nSF:/home/runner/work/app/app/src/module${index}/component${index}.ts`];
  for (let f = 1; f <= 10; f++) lines.push(`FN:${f * 10},fn${f}`);
  for (let f = 1; f <= 10; f++) lines.push(`FNDA:${f % 3},fn${f}`);
  lines.push('FNF:10', 'FNH:7');
  for (let l = 1; l <= 300; l++) lines.push(`DA:${l},${l % 4}`);
  for (let l = 1; l <= 40; l++) lines.push(`BRDA:${l * 5},0,0,${l % 2}`, `BRDA:${l * 5},0,1,${l % 3 === 0 ? '-' : 1}`);
  lines.push('BRF:80', 'BRH:50', 'LF:300', 'LH:225', 'end_of_record\n');
  return lines.join('\n');
}

function* lcovPieces(bytes) {
  let written = 0;
  for (let index = 0; written < bytes; index++) {
    const record = lcovRecord(index);
    written += record.length;
    yield record;
  }
}

export const writeJunit = (file, testcases) => writeAll(file, () => junitPieces(testcases));
export const writeLcov = (file, bytes) => writeAll(file, () => lcovPieces(bytes));
