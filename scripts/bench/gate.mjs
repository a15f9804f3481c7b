// Benchmarks the quality gate's report parsers against what popular JUnit and coverage actions use (whole
// file into a string, then xml2js or fast-xml-parser DOM parsing; lcov-parse), each in a fresh process of
// Node's default heap size. Prints figures to compare; asserts nothing. Usage: npm run bench [-- --runs N]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';
import { writeJunit, writeLcov } from './gate-generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const work = path.join(os.tmpdir(), 'shipgate-bench-gate');
const parseScript = path.join(root, 'scripts/bench/gate-parse.mjs');
const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);

/** The parsers alone, bundled as the actions bundle them (the CLI's start-up would hide the parse). */
async function bundleParsers() {
  const { code } = await ncc(path.join(root, 'scripts/bench/gate-parsers.ts'), {
    cache: false,
    quiet: true,
    target: 'es2022',
  });
  const file = path.join(work, 'parsers.mjs');
  await writeFile(file, code);
  return file;
}

/** Best wall time and CPU time of `runs` fresh processes, their largest peak RSS, and what they read. */
function measure(tool, file, bundle, heapArgs = []) {
  let best;
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(
      '/usr/bin/time',
      ['-f', '%M %U %S', process.execPath, ...heapArgs, parseScript, tool, file, bundle],
      { encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    const [peakKb, user, system] = child.stderr.trim().split('\n').pop().split(' ').map(Number);
    const result = JSON.parse(child.stdout.trim().split('\n').pop() || '{"ok":false,"error":"no output"}');
    if (!result.ok || child.status !== 0)
      return {
        ok: false,
        error: result.error ?? child.stderr.split('\n').find((l) => /Error|heap/.test(l)) ?? `exit ${child.status}`,
      };
    const figure = { ...result, peakMb: peakKb / 1024, cpuS: user + system };
    if (!best || figure.ms < best.ms) best = { ...figure, peakMb: Math.max(figure.peakMb, best?.peakMb ?? 0) };
  }
  return best;
}

function row(label, figure, baseline) {
  if (!figure.ok) return console.log(`  ${label.padEnd(34)} fails: ${figure.error}`);
  const ratio = baseline?.ok ? `  ${(figure.ms / baseline.ms).toFixed(1)}x shipgate's time` : '';
  const heap = `peak ${mb(figure.peakMb * 2 ** 20).padStart(6)} MB (${(figure.peakMb - figure.rssBeforeMb).toFixed(0)} MB over the process before it)`;
  const cpu = `${figure.cpuS.toFixed(2)} s CPU for the whole process`;
  const time = `${(figure.ms / 1000).toFixed(3).padStart(7)} s (${cpu})`;
  console.log(`  ${label.padEnd(34)} ${time}  ${heap}  [${figure.items}]${ratio}`);
}

function compare(title, file, tools) {
  console.log(`\n${title}: ${mb(statSync(file).size)} MB`);
  const figures = tools.map(([label, tool, args]) => ({ label, ...measure(tool, file, bundle, args) }));
  figures.forEach((figure, i) => row(figure.label, figure, i === 0 ? undefined : figures[0]));
  return figures;
}

if (!existsSync('/usr/bin/time')) throw new Error('/usr/bin/time is missing: apt-get install -y time');
mkdirSync(work, { recursive: true });
const bundle = await bundleParsers();
const junit = path.join(work, 'junit-100k.xml');
const lcov = path.join(work, 'lcov-21mb.info');
if (!existsSync(junit)) await writeJunit(junit, 100_000);
if (!existsSync(lcov)) await writeLcov(lcov, 21 * 2 ** 20);
console.log(
  `Quality gate report parsers; best of ${runs} fresh processes; Node ${process.version}; load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`,
);

compare('JUnit, 100,000 testcases', junit, [
  ['shipgate (saxes, streaming)', 'shipgate'],
  ['xml2js (string + DOM)', 'xml2js'],
  ['fast-xml-parser (string + DOM)', 'fast-xml-parser'],
]);
compare('LCOV', lcov, [
  ['shipgate (line reader)', 'shipgate'],
  ['lcov-parse', 'lcov-parse'],
]);

if (!process.argv.includes('--no-huge')) {
  const huge = path.join(work, 'junit-1gb.xml');
  await writeJunit(huge, 10_000_000);
  compare('JUnit, 10,000,000 testcases, at Node’s default heap size', huge, [
    ['shipgate (saxes, streaming)', 'shipgate'],
    ['fast-xml-parser (string + DOM)', 'fast-xml-parser'],
  ]);
  rmSync(huge, { force: true });
}
