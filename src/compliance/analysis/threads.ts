import os from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyzeFiles, type AnalysisJob, type AnalyzedFile } from './analyze.js';
import type { ScanFile } from '../files.js';
import { languageForPath } from '../languages/table.js';

type ToWorker = { batch: AnalysisJob } | { done: true };
type FromWorker = { ready: true } | { analyzed: AnalyzedFile[] };

const BATCH = 48;
const BATCHES_IN_FLIGHT = 2;
/** Below this many files, starting a thread costs more than it saves. */
export const MIN_FILES_FOR_THREADS = 300;
const WORKER_MARK = 'shipgate-analysis-thread';
let workerScript: URL | undefined;

/**
 * Reading and parsing is CPU work, so a scan shares it with worker threads that run this same bundle.
 * Files are handed out in small batches as threads ask for them, so a thread that started late or met
 * large files does not hold the others up.
 * The threads start ahead of the work, so that loading the bundle overlaps with listing files.
 */
export class AnalysisPool {
  private readonly workers: Worker[];
  /** how many files the threads analysed (the rest were analysed on the calling thread) */
  filesFromThreads = 0;

  constructor(threads: number) {
    this.workers = workerScript
      ? Array.from({ length: threads }, () => new Worker(workerScript!, { workerData: WORKER_MARK }))
      : [];
  }

  /** Analyses every file, on this thread and the pool's; the result is sorted by path. */
  async analyze(job: AnalysisJob): Promise<AnalyzedFile[]> {
    const batches: ScanFile[][] = [];
    for (let i = 0; i < job.files.length; i += BATCH) batches.push(job.files.slice(i, i + BATCH));
    const results: AnalyzedFile[][] = [];
    const feed = (worker: Worker): Promise<void> => this.feedWorker(worker, job, batches, results);
    const own = async (): Promise<void> => {
      for (let batch = batches.shift(); batch; batch = batches.shift()) {
        results.push(await analyzeFiles({ ...job, files: batch }));
        await nextTurn(); // lets the threads' requests for more work through
      }
    };
    await Promise.all([own(), ...this.workers.map(feed)]);
    return results.flat().sort((a, b) => (a.entry.path < b.entry.path ? -1 : a.entry.path > b.entry.path ? 1 : 0));
  }

  /** Keeps two batches in flight per thread, so a thread never waits while this one finishes a batch. */
  private feedWorker(
    worker: Worker,
    job: AnalysisJob,
    batches: ScanFile[][],
    results: AnalyzedFile[][],
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      let inFlight = 0;
      const sendNext = (): void => {
        const batch = batches.shift();
        if (batch) {
          inFlight++;
          worker.postMessage({ batch: { ...job, files: batch } } satisfies ToWorker);
        }
      };
      worker.on('message', (message: FromWorker) => {
        if ('analyzed' in message) {
          inFlight--;
          this.filesFromThreads += message.analyzed.length;
          results.push(message.analyzed.map((f) => ({ ...f, language: languageForPath(f.entry.path) })));
        }
        while (inFlight < BATCHES_IN_FLIGHT && batches.length > 0) sendNext();
        if (inFlight === 0) worker.postMessage({ done: true } satisfies ToWorker);
      });
      worker.once('error', reject);
      worker.once('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`an analysis thread stopped with exit code ${code}`)),
      );
    });
  }

  /** Stops threads that were never given work. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** A pool sized to the machine (at most 3 extra threads), or none when no bundle registered itself. */
export function startAnalysisPool(): AnalysisPool {
  return new AnalysisPool(Math.max(0, Math.min(os.availableParallelism(), 4) - 1));
}

function serveBatches(): void {
  const port = parentPort!;
  port.on('message', async (message: ToWorker) => {
    if ('done' in message) return port.close();
    const analyzed = await analyzeFiles(message.batch);
    // The language table is rebuilt on the other side: sending it with every file would cost more.
    port.postMessage({ analyzed: analyzed.map((f) => ({ ...f, language: undefined })) } satisfies FromWorker);
  });
  port.postMessage({ ready: true } satisfies FromWorker);
}

/**
 * For bundle entries. In an analysis thread: serve batches and return true. In the main thread:
 * remember the bundle as the script for analysis threads and return false.
 */
export function actAsAnalysisWorker(entryUrl: string): boolean {
  if (!isMainThread && workerData === WORKER_MARK) {
    serveBatches();
    return true;
  }
  workerScript = new URL(entryUrl);
  return false;
}
