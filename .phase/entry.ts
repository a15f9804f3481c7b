import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { classifyLines } from '../src/compliance/lines/classify.js';
import { analyzePython } from '../src/compliance/python/structure.js';
import { decodeSource } from '../src/compliance/analysis/decode.js';
import { languageById } from '../src/compliance/languages/table.js';
import { findDirectives } from '../src/compliance/analysis/directives.js';
const root = process.argv[2] ?? '/tmp/shipgate-bench/python';
const files = execFileSync('git', ['ls-files', '*.py'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
const py = languageById('python');
let t = (process.cpuUsage().user / 1000);
const bufs = files.map((f) => readFileSync(`${root}/${f}`));
const tRead = (process.cpuUsage().user / 1000) - t;
for (let round = 0; round < 4; round++) {
  t = (process.cpuUsage().user / 1000); const texts = bufs.map((b) => decodeSource(b, true).text); const tDec = (process.cpuUsage().user / 1000) - t;
  t = (process.cpuUsage().user / 1000); const kinds = texts.map((x) => classifyLines(x, py)); const tCls = (process.cpuUsage().user / 1000) - t;
  t = (process.cpuUsage().user / 1000); for (const x of texts) analyzePython(x); const tPy = (process.cpuUsage().user / 1000) - t;
  t = (process.cpuUsage().user / 1000); texts.forEach((x, i) => findDirectives(x, kinds[i]!)); const tDir = (process.cpuUsage().user / 1000) - t;
  console.log(`read ${tRead.toFixed(0)} decode ${tDec.toFixed(0)} classify ${tCls.toFixed(0)} python ${tPy.toFixed(0)} directives ${tDir.toFixed(0)}`);
}
