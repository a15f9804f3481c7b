#!/usr/bin/env node
import { enableCompileCache } from '../core/compile-cache.js';
import { actAsAnalysisWorker } from '../compliance/analysis/threads.js';

// Analysis threads load only what analysis needs; the commands are loaded by the main thread alone.
enableCompileCache();
if (!actAsAnalysisWorker(import.meta.url)) {
  const { main } = await import('./main.js');
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
  });
}
