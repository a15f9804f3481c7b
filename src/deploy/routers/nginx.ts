// nginx: shipgate owns one included file holding the upstream. A switch writes it atomically (write, then
// rename), has nginx test the whole config, and reloads; when the test or the reload fails, the previous file
// is put back and traffic never moved. The file's first line names the live colour, so shipgate reads it back.
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../../core/atomic-file.js';
import { failureOf, runCommand } from '../shell.js';
import { COLORS, type Color, type NginxRouterSettings } from '../settings.js';
import { RouterError, type LiveState, type Router } from './router.js';

const MARKER = /^# shipgate live color: (blue|green)$/m;

/** The upstream file sending all traffic to one colour. */
export function upstreamFile(settings: NginxRouterSettings, color: Color): string {
  return [
    `# shipgate live color: ${color}`,
    '# Written by shipgate on each switch; edits here are overwritten.',
    `upstream ${settings.upstream} {`,
    `    server ${settings.servers[color]};`,
    '}',
    '',
  ].join('\n');
}

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export class NginxRouter implements Router {
  readonly description: string;

  constructor(
    private readonly settings: NginxRouterSettings,
    private readonly cwd: string,
  ) {
    this.description = `nginx upstream "${settings.upstream}" in ${settings.upstreamFile}`;
  }

  async live(): Promise<LiveState> {
    const text = await readIfPresent(this.settings.upstreamFile);
    const color = text === undefined ? undefined : MARKER.exec(text)?.[1];
    if (text !== undefined && color === undefined) {
      throw new RouterError(
        `${this.settings.upstreamFile} was not written by shipgate (no "# shipgate live color:" line).`,
      );
    }
    return COLORS.find((c) => c === color) ?? 'none';
  }

  async switchTo(color: Color): Promise<void> {
    const file = this.settings.upstreamFile;
    const previous = await readIfPresent(file);
    await writeFileAtomic(file, upstreamFile(this.settings, color));
    try {
      await this.nginx(['-t'], 'rejected the new upstream (nginx -t)');
      await this.nginx(['-s', 'reload'], 'could not reload');
    } catch (error) {
      if (previous !== undefined) await writeFileAtomic(file, previous);
      throw error;
    }
  }

  private async nginx(args: string[], what: string): Promise<void> {
    const config = this.settings.config === undefined ? [] : ['-c', this.settings.config];
    const command = [this.settings.binary, ...config, ...args];
    const result = await runCommand({ command, cwd: this.cwd, timeoutMs: this.settings.timeoutMs });
    const failure = failureOf(result, this.settings.timeoutMs);
    if (failure !== undefined) {
      throw new RouterError(`nginx ${what}; traffic was not switched: ${failure}`);
    }
  }
}
