import { execFile, type ExecFileException } from 'node:child_process';
import { ConfigurationError } from '../core/errors.js';

/** The git operations shipgate needs, behind one interface so engines can be given a real or a fake one. */
export interface Git {
  readonly root: string;
  /** runs git with the arguments; resolves to stdout, rejects with stderr in the message */
  run(args: string[], options?: GitRunOptions): Promise<GitResult>;
  /** runs git and resolves to its stdout as bytes (blob contents, which need not be text) */
  read(args: string[], options?: GitRunOptions): Promise<Buffer>;
}

export interface GitRunOptions {
  input?: string;
  allowExitCodes?: number[];
  /** variables added to the environment, e.g. GIT_OBJECT_DIRECTORY for a throwaway object store */
  env?: Record<string, string>;
  /** kills git after this long (a batch of merges on a huge repository); the run rejects and says so */
  timeoutMs?: number;
}

export interface GitResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

const MAX_OUTPUT = 1024 * 1024 * 1024;

/** Runs the real `git` binary in a work tree. */
export class GitCli implements Git {
  constructor(readonly root: string) {}

  run(args: string[], options: GitRunOptions = {}): Promise<GitResult> {
    return this.exec(args, options, 'utf8');
  }

  async read(args: string[], options: GitRunOptions = {}): Promise<Buffer> {
    return (await this.exec(args, options, 'buffer')).stdout;
  }

  private exec<E extends 'utf8' | 'buffer'>(args: string[], options: GitRunOptions, encoding: E) {
    type Out = E extends 'utf8' ? string : Buffer;
    const env = options.env ? { ...process.env, ...options.env } : undefined;
    const settings = {
      cwd: this.root,
      maxBuffer: MAX_OUTPUT,
      encoding,
      timeout: options.timeoutMs ?? 0,
      ...(env ? { env } : {}),
    };
    return new Promise<{ stdout: Out; stderr: string; exitCode: number }>((resolve, reject) => {
      const child = execFile('git', args, settings, (error, stdout, stderr) => {
        const failure = explainFailure(args, options, error, String(stderr));
        if (failure instanceof Error) return reject(failure);
        resolve({ stdout: stdout as Out, stderr: String(stderr), exitCode: failure });
      });
      // A git that dies early (a fatal error) closes its stdin: its exit status reports that, not EPIPE.
      child.stdin?.on('error', () => undefined);
      if (options.input !== undefined) child.stdin?.end(options.input);
    });
  }
}

/** The exit code when the run counts as answered, else the error to reject with. */
function explainFailure(
  args: string[],
  options: GitRunOptions,
  error: ExecFileException | null,
  stderr: string,
): number | Error {
  if (error?.killed && options.timeoutMs)
    return new Error(`git ${args[0] ?? ''} did not finish within ${options.timeoutMs} ms and was stopped.`);
  const exitCode = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
  if (!error || options.allowExitCodes?.includes(exitCode)) return exitCode;
  if ((error as NodeJS.ErrnoException).code === 'ENOENT')
    return new ConfigurationError('git was not found on PATH: shipgate needs git to list and compare files.');
  return new Error(`git ${args.join(' ')} failed (exit ${exitCode}): ${stderr.trim() || error.message}`);
}

/** Opens the work tree that contains `dir`, with a clear error when it is not in a git repository. */
export async function openRepository(dir: string): Promise<GitCli> {
  const probe = new GitCli(dir);
  const result = await probe.run(['rev-parse', '--show-toplevel'], { allowExitCodes: [128] });
  if (result.exitCode !== 0) {
    const reason = result.stderr.trim().split('\n')[0] ?? '';
    throw new ConfigurationError(
      `git cannot open ${dir} as a repository (shipgate checks the files git tracks): ${reason}`,
    );
  }
  return new GitCli(result.stdout.trim());
}

/** The root of the work tree that contains `dir`, or undefined when it is in none. */
export async function findRepositoryRoot(dir: string): Promise<string | undefined> {
  const result = await new GitCli(dir).run(['rev-parse', '--show-toplevel'], { allowExitCodes: [128] });
  return result.exitCode === 0 ? result.stdout.trim() : undefined;
}

/**
 * The repository at `dir`, with or without a work tree: merges need none, so a bare mirror will do. In a
 * work tree this is `openRepository`.
 */
export async function openRepositoryOrBare(dir: string): Promise<GitCli> {
  const probe = new GitCli(dir);
  const bare = await probe.run(['rev-parse', '--is-bare-repository'], { allowExitCodes: [128] });
  if (bare.exitCode === 0 && bare.stdout.trim() === 'true') return probe;
  return openRepository(dir);
}
