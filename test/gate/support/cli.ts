/** The CLI in-process, as a user runs it in a folder: exit code, stdout and stderr. */
import { Writable } from 'node:stream';
import { main } from '../../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

export async function shipgate(args: string[], cwd: string): Promise<CliRun> {
  const out = sink();
  const err = sink();
  const code = await main(args, { stdout: out.stream, stderr: err.stream, cwd, env: { PATH: process.env.PATH } });
  return { code, stdout: out.text(), stderr: err.text() };
}
