/**
 * The batches of a scan, in two queues: files the TypeScript compiler parses, and the rest. Loading the
 * compiler costs a thread about half a second (9 MB of JavaScript), more than parsing a few hundred files,
 * so compiler files go to as few threads as their number calls for, and the rest go anywhere.
 */
import type { ScanFile } from '../files.js';

/** A thread that loads the compiler should have at least this many files to parse with it. */
const FILES_PER_COMPILER_THREAD = 400;

export class WorkQueue {
  private readonly compiler: ScanFile[][] = [];
  private readonly plain: ScanFile[][] = [];
  /** how many threads may load the compiler */
  readonly compilerThreads: number;
  private stopped = false;

  constructor(files: readonly ScanFile[], needsCompiler: (file: ScanFile) => boolean, batchSize: number) {
    const compilerFiles = files.filter(needsCompiler);
    const plainFiles = files.filter((file) => !needsCompiler(file));
    for (let i = 0; i < compilerFiles.length; i += batchSize) this.compiler.push(compilerFiles.slice(i, i + batchSize));
    for (let i = 0; i < plainFiles.length; i += batchSize) this.plain.push(plainFiles.slice(i, i + batchSize));
    this.compilerThreads = Math.ceil(compilerFiles.length / FILES_PER_COMPILER_THREAD);
  }

  /** The next batch for a thread: compiler files first for one that may load the compiler; none once stopped. */
  take(mayLoadCompiler: boolean): ScanFile[] | undefined {
    if (this.stopped) return undefined;
    return (mayLoadCompiler ? this.compiler.shift() : undefined) ?? this.plain.shift();
  }

  /** No more batches for anyone: a thread failed and the scan is failing. */
  stop(): void {
    this.stopped = true;
  }
}
