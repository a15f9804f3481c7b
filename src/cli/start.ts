import { main } from './main.js';

/** `shipgate …` in a terminal: the process's arguments, streams, directory and environment. */
export async function start(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
  });
}
