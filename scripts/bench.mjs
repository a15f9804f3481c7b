// Runs every benchmark script under scripts/bench/ that measures a capability, one after another.
// Each prints its own figures; nothing is asserted. Usage: npm run bench [-- --runs N]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench');
const BENCHMARKS = ['compliance.mjs', 'conflicts.mjs', 'gate.mjs', 'deploy.mjs'];

for (const script of BENCHMARKS) {
  const result = spawnSync(process.execPath, [path.join(here, script), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (result.status !== 0) process.exitCode = result.status ?? 1;
}
