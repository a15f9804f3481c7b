import os from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { analyzeFiles, needsCompiler, type AnalysisJob, type AnalyzedBatch, type AnalyzedFile } from './analyze.js';
import { AnalysisThread } from './thread.js';
import { analysisScript } from './worker-script.js';
import { WorkQueue } from './work-queue.js';
import type { ScanFile } from '../files.js';

const BATCH = 48;
const BATCHES_IN_FLIGHT = 2;
/** Below this many files, starting a thread costs more than it saves. */
export const MIN_FILES_FOR_THREADS = 300;
/** A batch is at most 48 files of at most the parse limit each: minutes without an answer mean a stuck thread. */
const DEFAULT_BATCH_TIMEOUT_MS = 120_000;

export interface PoolOptions {
  threads: number;
  /** how long a thread may take to answer one batch before the scan fails */
  batchTimeoutMs?: number;
}

/**
 * Reading and parsing is CPU work, so a scan shares it with worker threads that run this same bundle.
 * Files are handed out in small batches, two in flight per thread, so a thread that started late or met
 * large files does not hold the others up. Threads may start long before the work (loading the bundle
 * overlaps with listing files); every wait on them ends, with their answer, their failure or a timeout.
 */
export class AnalysisPool {
  private readonly threads: AnalysisThread[];
  private readonly batchTimeoutMs: number;
  /** how many files the threads analysed (the rest were analysed on the calling thread) */
  filesFromThreads = 0;

  constructor(private readonly options: PoolOptions) {
    this.batchTimeoutMs = options.batchTimeoutMs ?? DEFAULT_BATCH_TIMEOUT_MS;
    const script = analysisScript();
    this.threads = script ? Array.from({ length: options.threads }, () => new AnalysisThread(script)) : [];
  }

  /** Analyses every file, on this thread and the pool's; both lists are sorted by path. */
  async analyze(job: AnalysisJob): Promise<AnalyzedBatch> {
    const queue = new WorkQueue(job.files, (file) => needsCompiler(file.repoPath), BATCH);
    const results: AnalyzedBatch[] = [];
    const lanes = this.threads.flatMap((thread, index) => {
      const mayLoadCompiler = index < queue.compilerThreads;
      return Array.from({ length: BATCHES_IN_FLIGHT }, () =>
        this.threadLane(thread, mayLoadCompiler, job, queue, results),
      );
    });
    // This thread loads the compiler only when no analysis thread can (small scans, or no bundle).
    await Promise.all([this.ownLane(job, queue, results, this.threads.length === 0), ...lanes]);
    const byPath =
      <T>(pathOf: (item: T) => string) =>
      (a: T, b: T) =>
        pathOf(a) < pathOf(b) ? -1 : pathOf(a) > pathOf(b) ? 1 : 0;
    return {
      analyzed: results.flatMap((r) => r.analyzed).sort(byPath((f: AnalyzedFile) => f.entry.path)),
      skipped: results.flatMap((r) => r.skipped).sort(byPath((f) => f.path)),
    };
  }

  private async threadLane(
    thread: AnalysisThread,
    mayLoadCompiler: boolean,
    job: AnalysisJob,
    queue: WorkQueue,
    results: AnalyzedBatch[],
  ) {
    try {
      for (let batch = queue.take(mayLoadCompiler); batch; batch = queue.take(mayLoadCompiler)) {
        const answer = await thread.analyze({ ...job, files: batch }, this.batchTimeoutMs);
        this.filesFromThreads += answer.analyzed.length;
        results.push(answer);
      }
    } catch (error) {
      queue.stop();
      throw error;
    }
  }

  private async ownLane(job: AnalysisJob, queue: WorkQueue, results: AnalyzedBatch[], mayLoadCompiler: boolean) {
    const onAnalysisStack = (file: ScanFile) => this.analyzeOnAnalysisStack(job, file);
    for (let batch = queue.take(mayLoadCompiler); batch; batch = queue.take(mayLoadCompiler)) {
      results.push(await analyzeFiles({ ...job, files: batch }, onAnalysisStack));
      await nextTurn(); // lets the threads' answers through
    }
  }

  /** A file whose nesting exhausted this thread's stack, analysed again on a thread with the analysis stack. */
  private async analyzeOnAnalysisStack(job: AnalysisJob, file: ScanFile): Promise<AnalyzedBatch | undefined> {
    const script = analysisScript();
    if (!script) return undefined;
    const own = this.threads[0];
    const thread = own ?? new AnalysisThread(script);
    try {
      return await thread.analyze({ ...job, files: [file] }, this.batchTimeoutMs);
    } finally {
      if (!own) await thread.close();
    }
  }

  /** Stops the threads. */
  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.close()));
  }

  /** Stops the threads without waiting for them to end (see AnalysisThread.release): for a pool never used. */
  release(): void {
    for (const thread of this.threads) thread.release();
  }
}

/** A pool sized to the machine (at most 3 extra threads), or none when no bundle registered itself. */
export function startAnalysisPool(): AnalysisPool {
  return new AnalysisPool({ threads: Math.max(0, Math.min(os.availableParallelism(), 4) - 1) });
}
