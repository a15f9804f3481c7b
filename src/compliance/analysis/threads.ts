import os from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyzeFiles, needsCompiler, type AnalysisJob, type AnalyzedBatch, type AnalyzedFile } from './analyze.js';
import { WorkQueue } from './work-queue.js';
import type { ScanFile } from '../files.js';
import { languageForPath } from '../languages/table.js';

type ToThread = { id: number; batch: AnalysisJob };
type FromThread = { id: number; batch: AnalyzedBatch };
type Waiter = { resolve: (batch: AnalyzedBatch) => void; reject: (error: Error) => void };

const BATCH = 48;
const BATCHES_IN_FLIGHT = 2;
/** Below this many files, starting a thread costs more than it saves. */
export const MIN_FILES_FOR_THREADS = 300;
/** Every analysis thread gets this stack, so deep nesting gets the same answer on any of them. */
const ANALYSIS_STACK_MB = 4;
/** A batch is at most 48 files of at most the parse limit each: minutes without an answer mean a stuck thread. */
const DEFAULT_BATCH_TIMEOUT_MS = 120_000;
const WORKER_MARK = 'shipgate-analysis-thread';
let workerScript: URL | undefined;

export interface PoolOptions {
  threads: number;
  /** how long a thread may take to answer one batch before the scan fails */
  batchTimeoutMs?: number;
  /** the thread's heap limit in MB (tests use a tiny one to see a thread die) */
  maxHeapMb?: number;
}

/** Results that go back to the calling thread: the language table is rebuilt there, not sent per file. */
const fromThread = (batch: AnalyzedBatch): AnalyzedBatch => ({
  ...batch,
  analyzed: batch.analyzed.map((f) => ({ ...f, language: languageForPath(f.entry.path) })),
});

/**
 * One analysis thread. Its listeners are attached the moment it is created: a message posted before
 * the main thread listens would be lost, and the thread would wait forever. The main thread speaks first.
 */
class AnalysisThread {
  private readonly worker: Worker;
  // Batches are answered by id: a thread may finish a later batch first (one waits for the TS compiler to load).
  private readonly waiting = new Map<number, Waiter>();
  private nextId = 0;
  private failure: Error | undefined;

  constructor(script: URL, options: PoolOptions) {
    const resourceLimits = {
      stackSizeMb: ANALYSIS_STACK_MB,
      ...(options.maxHeapMb ? { maxOldGenerationSizeMb: options.maxHeapMb } : {}),
    };
    this.worker = new Worker(script, { workerData: WORKER_MARK, resourceLimits });
    this.worker.on('message', ({ id, batch }: FromThread) => {
      this.waiting.get(id)?.resolve(fromThread(batch));
      this.waiting.delete(id);
    });
    this.worker.on('error', (error) => this.fail(new Error(`an analysis thread failed: ${error.message}`)));
    this.worker.on('messageerror', (error) =>
      this.fail(new Error(`an analysis thread sent an unreadable answer: ${error.message}`)),
    );
    this.worker.on('exit', (code) =>
      this.fail(new Error(`an analysis thread stopped (exit code ${code}) with work unfinished`)),
    );
  }

  /** Sends a batch; the promise settles with its result, or with the thread's failure or a timeout. */
  analyze(job: AnalysisJob, timeoutMs: number): Promise<AnalyzedBatch> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const answer = new Promise<AnalyzedBatch>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    this.worker.postMessage({ id, batch: job } satisfies ToThread);
    return withTimeout(answer, timeoutMs, () => {
      const error = new Error(
        `an analysis thread did not answer within ${timeoutMs / 1000} s (${job.files[0]?.repoPath ?? 'no file'} and ${job.files.length - 1} more)`,
      );
      this.fail(error);
      return error;
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiting.values()) waiter.reject(this.failure);
    this.waiting.clear();
  }

  async close(): Promise<void> {
    this.failure ??= new Error('the analysis pool was closed');
    await this.worker.terminate();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
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
    const script = workerScript;
    this.threads = script ? Array.from({ length: options.threads }, () => new AnalysisThread(script, options)) : [];
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
    const script = workerScript;
    if (!script) return undefined;
    const own = this.threads[0];
    const thread = own ?? new AnalysisThread(script, { threads: 1 });
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
}

/** A pool sized to the machine (at most 3 extra threads), or none when no bundle registered itself. */
export function startAnalysisPool(): AnalysisPool {
  return new AnalysisPool({ threads: Math.max(0, Math.min(os.availableParallelism(), 4) - 1) });
}

function serveBatches(): void {
  const port = parentPort!;
  port.on('message', async ({ id, batch }: ToThread) => {
    const answer = await analyzeFiles(batch);
    // The language table is rebuilt on the other side: sending it with every file would cost more.
    const analyzed = answer.analyzed.map((f) => ({ ...f, language: undefined }));
    port.postMessage({ id, batch: { ...answer, analyzed } } satisfies FromThread);
  });
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
  registerAnalysisScript(new URL(entryUrl));
  return false;
}

/** The bundle analysis threads run (tests point it at a built bundle). */
export function registerAnalysisScript(script: URL): void {
  workerScript = script;
}
