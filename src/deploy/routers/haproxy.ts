// HAProxy through its runtime API: the new colour's server is set "ready" and the old one "drain" in one line
// on the admin socket. No reload: established connections are never cut, and the old colour stays warm
// (health-checked, finishing what it has in flight; cookie-persistent sessions may still end on it).
import type { Color, HaproxyRouterSettings } from '../settings.js';
import { otherColor } from '../settings.js';
import { runtimeApi } from './haproxy-socket.js';
import { RouterError, type LiveState, type Router } from './router.js';

// srv_admin_state bits that keep new traffic away: forced, inherited and resolver maintenance, forced and
// inherited drain. The "configured maintenance" bit (0x04) stays set after "state ready" and means nothing alone.
const NO_NEW_TRAFFIC = 0x01 | 0x02 | 0x20 | 0x08 | 0x10;
const RUNNING = 2;

interface ServerState {
  name: string;
  operational: number;
  admin: number;
}

/** Rows of `show servers state <backend>`: "be_id be_name srv_id srv_name srv_addr srv_op_state srv_admin_state …". */
export function parseServersState(text: string): ServerState[] {
  return text
    .split('\n')
    .filter((line) => /^\d+ /.test(line))
    .map((line) => line.split(' '))
    .map((fields) => ({ name: fields[3] ?? '', operational: Number(fields[5]), admin: Number(fields[6]) }));
}

export class HaproxyRouter implements Router {
  readonly description: string;

  constructor(private readonly settings: HaproxyRouterSettings) {
    this.description = `HAProxy backend "${settings.backend}" on ${settings.socket}`;
  }

  async live(): Promise<LiveState> {
    const rows = parseServersState(await this.send([`show servers state ${this.settings.backend}`]));
    const serving = (color: Color): boolean => {
      const row = rows.find((r) => r.name === this.settings.servers[color]);
      if (!row) {
        const known = rows.map((r) => r.name).join(', ') || 'none';
        throw new RouterError(
          `${this.description} has no server "${this.settings.servers[color]}" (${color}); it has: ${known}.`,
        );
      }
      return row.operational === RUNNING && (row.admin & NO_NEW_TRAFFIC) === 0;
    };
    const [blue, green] = [serving('blue'), serving('green')];
    return blue && green ? 'both' : blue ? 'blue' : green ? 'green' : 'none';
  }

  async switchTo(color: Color): Promise<void> {
    const { backend, servers } = this.settings;
    // Ready first, then drain: at no moment does the backend have no server to send a request to.
    const answer = await this.send([
      `set server ${backend}/${servers[color]} state ready`,
      `set server ${backend}/${servers[otherColor(color)]} state drain`,
    ]);
    if (answer.trim() !== '')
      throw new RouterError(`${this.description} refused the switch to ${color}: ${answer.trim()}`);
  }

  private send(commands: string[]): Promise<string> {
    return runtimeApi(this.settings.socket, commands, this.settings.timeoutMs);
  }
}
