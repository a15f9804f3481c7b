/** Which script analysis threads run: the bundle that registered itself (or, in tests, a built one). */
import { isAnalysisThread, serveBatches } from './thread.js';

let workerScript: URL | undefined;

/**
 * For bundle entries. In an analysis thread: serve batches and return true. In the main thread:
 * remember the bundle as the script for analysis threads and return false.
 */
export function actAsAnalysisWorker(entryUrl: string): boolean {
  if (isAnalysisThread()) {
    serveBatches();
    return true;
  }
  registerAnalysisScript(new URL(entryUrl));
  return false;
}

/** The bundle analysis threads run (tests point it at a built bundle). */
export function registerAnalysisScript(script: URL): void {
  workerScript = script;
}

/** The registered script, or undefined when none is (the scan then runs on the calling thread only). */
export function analysisScript(): URL | undefined {
  return workerScript;
}
