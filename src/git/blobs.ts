/** Blob contents, many per `git cat-file --batch`, read as bytes (the batch format counts bytes). */
import type { Git } from './git.js';

/** The content of each object named (an id, or "<tree>:<path>"), or undefined where there is none. */
export async function readBlobs(git: Git, names: string[]): Promise<(Buffer | undefined)[]> {
  const askable = names.map((name) => !name.includes('\n'));
  const asked = names.filter((_, i) => askable[i]);
  if (asked.length === 0) return names.map(() => undefined);
  const out = await git.read(['cat-file', '--batch'], { input: asked.join('\n') + '\n' });
  const found: (Buffer | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < asked.length; i++) {
    const newline = out.indexOf(0x0a, at);
    const header = out.subarray(at, newline).toString('utf8');
    at = newline + 1;
    const [, type, size] = header.split(' ');
    if (size === undefined || header.endsWith(' missing')) {
      found.push(undefined);
      continue;
    }
    const length = Number(size);
    found.push(type === 'blob' ? out.subarray(at, at + length) : undefined);
    at += length + 1;
  }
  let next = 0;
  return askable.map((ok) => (ok ? found[next++] : undefined));
}
