/**
 * The one bundle every action and the CLI run (dist/shipgate/index.js): each `dist/<name>/index.js` is a
 * two-line stub that calls `start(name)`, so the heavy dependencies (the TypeScript compiler above all)
 * are downloaded once per `uses:`, not once per action. What a name needs is loaded only when it runs.
 */
import { actAsAnalysisWorker } from './compliance/analysis/worker-script.js';
import { enableCompileCache } from './core/compile-cache.js';

/** Every front end by the name of its dist folder; the build writes one stub per name. */
export const ENTRIES = {
  cli: () => import('./cli/start.js').then((m) => m.start),
  compliance: () => import('./actions/compliance.js').then((m) => m.main),
  conflicts: () => import('./actions/conflicts.js').then((m) => m.main),
  'pr-checks': () => import('./actions/pr-checks.js').then((m) => m.main),
  deploy: () => import('./actions/deploy.js').then((m) => m.main),
  rollback: () => import('./actions/rollback.js').then((m) => m.main),
  'quality-gate': () => import('./actions/quality-gate.js').then((m) => m.main),
} as const satisfies Record<string, () => Promise<() => Promise<void>>>;

export type EntryName = keyof typeof ENTRIES;

enableCompileCache();
// In an analysis thread this bundle serves batches of files and nothing else.
const analysisThread = actAsAnalysisWorker(import.meta.url);

/** Runs the named front end (a no-op in an analysis thread, which loads this bundle for its own work). */
export async function start(name: EntryName): Promise<void> {
  if (analysisThread) return;
  const run = await ENTRIES[name]();
  await run();
}
