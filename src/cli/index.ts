#!/usr/bin/env node
import { actAsAnalysisWorker } from '../compliance/parallel.js';
import { main } from './main.js';

if (!actAsAnalysisWorker(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
  });
}
