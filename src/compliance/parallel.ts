import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyzeFile, type AnalyzedFile } from './analyze.js';
import type { ScanFile } from './files.js';
import { languageForPath } from './languages.js';

/** Reading and parsing is CPU work: a scan shares it with worker threads running this same bundle. */
export interface AnalysisJob {
  root: string;
  files: ScanFile[];
  maxParseBytes: number;
}

const WORKER_JOB = 'shipgate-analysis-job';
/** Below this many files, starting a thread costs more than it saves. */
const MIN_FILES_PER_THREAD = 150;
let workerScript: URL | undefined;

/** Reads synchronously: files are small, and the promise machinery of async reads costs more than the read. */
export async function analyzeFiles(job: AnalysisJob): Promise<AnalyzedFile[]> {
  const results: AnalyzedFile[] = [];
  for (const file of job.files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(job.root, file.repoPath));
    } catch {
      continue; // deleted or unreadable since git listed it: nothing to measure
    }
    const analyzed = await analyzeFile(file.path, bytes, job.maxParseBytes);
    if (analyzed) results.push(analyzed);
  }
  return results;
}

function inWorker(job: AnalysisJob): Promise<AnalyzedFile[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerScript!, { workerData: { [WORKER_JOB]: job } });
    worker.once('message', (files: AnalyzedFile[]) => resolve(files.map((f) => ({ ...f, language: languageForPath(f.entry.path) }))));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`an analysis thread stopped with exit code ${code}`)));
  });
}

/** Analyses the files on every core (when a bundle registered itself as the worker script); order is kept. */
export async function analyzeInParallel(job: AnalysisJob): Promise<AnalyzedFile[]> {
  const threads = Math.min(os.availableParallelism(), 4, Math.floor(job.files.length / MIN_FILES_PER_THREAD));
  if (!workerScript || threads < 2) return analyzeFiles(job);
  const shares = Array.from({ length: threads }, (_, t) => job.files.filter((_f, i) => i % threads === t));
  const [own = [], ...others] = shares;
  const results = await Promise.all([analyzeFiles({ ...job, files: own }), ...others.map((files) => inWorker({ ...job, files }))]);
  const byPath = (a: AnalyzedFile, b: AnalyzedFile): number => (a.entry.path < b.entry.path ? -1 : a.entry.path > b.entry.path ? 1 : 0);
  return results.flat().sort(byPath);
}

/**
 * For bundle entries. In an analysis thread: do the job, post the results and return true. In the
 * main thread: remember the bundle as the script for analysis threads and return false.
 */
export async function actAsAnalysisWorker(entryUrl: string): Promise<boolean> {
  const job = (workerData as Record<string, AnalysisJob> | null)?.[WORKER_JOB];
  if (isMainThread || !job) {
    workerScript = new URL(entryUrl);
    return false;
  }
  const files = await analyzeFiles(job);
  // The language table is rebuilt on the other side: sending it along with every file would cost more.
  parentPort!.postMessage(files.map((f) => ({ ...f, language: undefined })));
  return true;
}
