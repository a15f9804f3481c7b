// The user's own scripts: one prints the live colour, the other switches to SHIPGATE_TARGET_COLOR.
import { failureOf, runCommand } from '../shell.js';
import type { Color, CommandRouterSettings } from '../settings.js';
import { RouterError, type LiveState, type Router } from './router.js';

const STATES: readonly LiveState[] = ['blue', 'green', 'none', 'both'];

export class CommandRouter implements Router {
  readonly description: string;

  constructor(
    private readonly settings: CommandRouterSettings,
    private readonly cwd: string,
  ) {
    this.description = `the router command "${settings.switch}"`;
  }

  async live(): Promise<LiveState> {
    const stdout = await this.run(this.settings.live, {}, 'live');
    const answer = stdout.trim().split('\n').pop()?.trim() ?? '';
    const state = STATES.find((s) => s === answer);
    if (state === undefined) {
      throw new RouterError(
        `The live command "${this.settings.live}" printed "${answer}"; expected blue, green or none.`,
      );
    }
    return state;
  }

  async switchTo(color: Color): Promise<void> {
    await this.run(this.settings.switch, { SHIPGATE_TARGET_COLOR: color }, 'switch');
  }

  private async run(command: string, extra: Record<string, string>, what: string): Promise<string> {
    const { timeoutMs } = this.settings;
    const result = await runCommand({ command, cwd: this.cwd, env: extra, timeoutMs });
    const failure = failureOf(result, timeoutMs);
    if (failure !== undefined) throw new RouterError(`The ${what} command "${command}" failed: ${failure}`);
    return result.stdout;
  }
}
