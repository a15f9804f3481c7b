/**
 * In-memory stand-ins for the flow's outside world where a real one cannot produce the case on demand: a ledger
 * whose records tests can plant (a rival created in the same instant), and a router that remembers its switches.
 * Health checks still go to real local HTTP servers.
 */
import { createServer, type Server } from 'node:http';
import type {
  DeploymentStatus,
  Ledger,
  LedgerRecord,
  NewAttempt,
  StatusUpdate,
} from '../../../src/deploy/ledger/ledger.js';
import type { LiveState, Router } from '../../../src/deploy/routers/router.js';
import type { Color } from '../../../src/deploy/settings.js';

export class MemoryLedger implements Ledger {
  readonly description = 'memory ledger';
  readonly enabled = true;
  readonly records: LedgerRecord[] = [];
  readonly statusLog = new Map<number, DeploymentStatus[]>();
  private nextId = 100;
  /** runs inside open(), just before the record is made: lets a test slip a rival in at that instant */
  onOpen: () => void = () => undefined;

  async recent(): Promise<LedgerRecord[]> {
    return [...this.records].sort((a, b) => b.id - a.id);
  }

  async statuses(id: number): Promise<DeploymentStatus[]> {
    return [...(this.statusLog.get(id) ?? [])].reverse();
  }

  add(record: Omit<LedgerRecord, 'id' | 'createdAt'>, ...states: StatusUpdate['state'][]): number {
    const id = (this.nextId += 1);
    this.records.push({ ...record, id, createdAt: new Date().toISOString() });
    for (const state of states) this.push(id, { state, description: '' });
    return id;
  }

  async open(attempt: NewAttempt): Promise<number> {
    this.onOpen();
    return this.add({ ref: attempt.ref, sha: attempt.ref, payload: attempt.payload }, 'in_progress');
  }

  async record(id: number | null, update: StatusUpdate): Promise<void> {
    if (id !== null) this.push(id, update);
  }

  states(id: number | null): string[] {
    return (this.statusLog.get(id!) ?? []).map((s) => s.state);
  }

  private push(id: number, update: StatusUpdate): void {
    const list = this.statusLog.get(id) ?? [];
    list.push({
      id: list.length + 1,
      state: update.state,
      description: update.description,
      environmentUrl: '',
      logUrl: '',
      createdAt: new Date().toISOString(),
    });
    this.statusLog.set(id, list);
  }
}

export class MemoryRouter implements Router {
  readonly description = 'memory router';
  readonly switches: Color[] = [];

  constructor(public state: LiveState) {}

  async live(): Promise<LiveState> {
    return this.state;
  }

  async switchTo(color: Color): Promise<void> {
    this.switches.push(color);
    this.state = color;
  }
}

/** A local server answering every request 200 "ok", or 503 while `healthy` is false. */
export async function healthServer(): Promise<{ url: string; healthy: boolean; server: Server }> {
  const handle = {
    url: '',
    healthy: true,
    server: createServer((_q, s) => s.writeHead(handle.healthy ? 200 : 503).end('ok')),
  };
  await new Promise<void>((resolve) => handle.server.listen(0, '127.0.0.1', resolve));
  handle.url = `http://127.0.0.1:${(handle.server.address() as { port: number }).port}`;
  return handle;
}
