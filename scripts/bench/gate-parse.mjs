// One parse in a fresh process, as the benchmark measures it: `node gate-parse.mjs TOOL FILE [BUNDLE]`.
// Prints one JSON line: the parse's milliseconds (module loading excluded), the process's RSS before it,
// and what was read, so the tools can be checked against each other.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [tool, file, bundle] = process.argv.slice(2);
const require = createRequire(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../package.json'));

const tools = {
  async shipgate() {
    const { readReport, RepositoryPaths } = await import(pathToFileURL(bundle).href);
    return async () => {
      const report = await readReport({
        file,
        display: path.basename(file),
        paths: new RepositoryPaths(process.cwd(), []),
      });
      return report.kind === 'tests' ? report.totals.total : report.coverage.files.size;
    };
  },
  // What popular JUnit and coverage actions do: the whole file into one string, then a DOM.
  async xml2js() {
    const { parseStringPromise } = require('xml2js');
    return async () => {
      const dom = await parseStringPromise(await readFile(file, 'utf8'));
      return dom.testsuites.testsuite.reduce((n, suite) => n + suite.testcase.length, 0);
    };
  },
  async 'fast-xml-parser'() {
    const { XMLParser } = require('fast-xml-parser');
    return async () => {
      const dom = new XMLParser({ ignoreAttributes: false }).parse(await readFile(file, 'utf8'));
      return [dom.testsuites.testsuite].flat().reduce((n, suite) => n + [suite.testcase].flat().length, 0);
    };
  },
  async 'lcov-parse'() {
    const parse = require('lcov-parse');
    return () =>
      new Promise((resolve, reject) =>
        parse(file, (error, data) => (error ? reject(new Error(error)) : resolve(data.length))),
      );
  },
};

const run = await tools[tool]();
const rssBefore = process.memoryUsage.rss();
const started = performance.now();
try {
  const items = await run();
  console.log(JSON.stringify({ ok: true, ms: performance.now() - started, rssBeforeMb: rssBefore / 2 ** 20, items }));
} catch (error) {
  console.log(JSON.stringify({ ok: false, error: String(error?.message ?? error).slice(0, 120) }));
}
