/**
 * One analysis thread, seen from both sides: the main thread's handle on it (AnalysisThread) and the
 * loop the thread itself runs (serveBatches). Batches and answers carry an id; nothing is waited for
 * without a way out.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { languageForPath } from '../languages/table.js';
import { analyzeFiles, type AnalysisJob, type AnalyzedBatch } from './analyze.js';

type ToThread = { id: number; batch: AnalysisJob };
type FromThread = { id: number; batch: AnalyzedBatch };
type Waiter = { resolve: (batch: AnalyzedBatch) => void; reject: (error: Error) => void };

/** Every analysis thread gets this stack, so deep nesting gets the same answer on any of them. */
const ANALYSIS_STACK_MB = 4;
const WORKER_MARK = 'shipgate-analysis-thread';

/** Whether this thread was started as an analysis thread. */
export const isAnalysisThread = (): boolean => !isMainThread && workerData === WORKER_MARK;

/** Results that go back to the calling thread: the language table is rebuilt there, not sent per file. */
const fromThread = (batch: AnalyzedBatch): AnalyzedBatch => ({
  ...batch,
  analyzed: batch.analyzed.map((f) => ({ ...f, language: languageForPath(f.entry.path) })),
});

/**
 * One analysis thread. Its listeners are attached the moment it is created: a message posted before
 * the main thread listens would be lost, and the thread would wait forever. The main thread speaks first.
 */
export class AnalysisThread {
  private readonly worker: Worker;
  // Batches are answered by id: a thread may finish a later batch first (one waits for the TS compiler to load).
  private readonly waiting = new Map<number, Waiter>();
  private nextId = 0;
  private failure: Error | undefined;

  constructor(script: URL) {
    this.worker = new Worker(script, { workerData: WORKER_MARK, resourceLimits: { stackSizeMb: ANALYSIS_STACK_MB } });
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

  /**
   * Stops the thread without waiting for it: a thread still starting up ends only once its start is done,
   * and a scan that never used it should not wait for that (nor should the process's exit).
   */
  release(): void {
    this.failure ??= new Error('the analysis pool was released');
    this.worker.unref();
    void this.worker.terminate();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The analysis thread's loop: analyse each batch sent, answer with its id. */
export function serveBatches(): void {
  const port = parentPort!;
  port.on('message', async ({ id, batch }: ToThread) => {
    const answer = await analyzeFiles(batch);
    // The language table is rebuilt on the other side: sending it with every file would cost more.
    const analyzed = answer.analyzed.map((f) => ({ ...f, language: undefined }));
    port.postMessage({ id, batch: { ...answer, analyzed } } satisfies FromThread);
  });
}
