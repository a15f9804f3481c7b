// What the quality gate benchmark loads: the report parsers alone, bundled by scripts/bench/gate.mjs.
export { readReport } from '../../src/gate/reports/index.js';
export { RepositoryPaths } from '../../src/gate/paths.js';
