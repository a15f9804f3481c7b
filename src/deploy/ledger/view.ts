// Questions asked of the ledger, read once per run: what is in progress, what last succeeded, what each colour
// runs. Statuses are read lazily (one request per deployment) and only as far back as an answer needs.
import { standingSuccess } from '../../github/deployments.js';
import type { Color } from '../settings.js';
import type { DeploymentStatus, Ledger, LedgerRecord } from './ledger.js';

/** The states of an attempt still going (or killed before it could say otherwise). */
export const UNFINISHED: ReadonlySet<string> = new Set(['in_progress', 'queued', 'pending']);
/** Attempts older than the newest ten are not looked at for being unfinished: each costs a request. */
const ACTIVE_LOOKBACK = 10;

export class LedgerView {
  private readonly cache = new Map<number, Promise<DeploymentStatus[]>>();

  private constructor(
    private readonly ledger: Ledger,
    readonly records: LedgerRecord[],
  ) {}

  static async read(ledger: Ledger, environment: string): Promise<LedgerView> {
    return new LedgerView(ledger, await ledger.recent(environment));
  }

  statuses(id: number): Promise<DeploymentStatus[]> {
    let statuses = this.cache.get(id);
    if (statuses === undefined) {
      statuses = this.ledger.statuses(id);
      this.cache.set(id, statuses);
    }
    return statuses;
  }

  /** Attempts whose newest status says they are still going (or were killed before they could say otherwise). */
  async unfinished(): Promise<LedgerRecord[]> {
    const found: LedgerRecord[] = [];
    for (const record of this.records.slice(0, ACTIVE_LOOKBACK)) {
      const [newest] = await this.statuses(record.id);
      if (newest !== undefined && UNFINISHED.has(newest.state)) found.push(record);
    }
    return found;
  }

  /** The newest attempt whose success still stands (no later failure or error), among those `wanted` accepts. */
  async lastGood(wanted: (record: LedgerRecord) => boolean = () => true): Promise<LedgerRecord | undefined> {
    for (const record of this.records.filter(wanted)) {
      if (standingSuccess(await this.statuses(record.id)) !== undefined) return record;
    }
    return undefined;
  }

  /** Whether the attempt was ever healthy in service (a success in its history, whatever came after). */
  async everSucceeded(id: number): Promise<boolean> {
    return (await this.statuses(id)).some((status) => status.state === 'success');
  }

  /** The newest attempt that deployed to the colour: what that colour runs, as far as the ledger knows. */
  newestOn(color: Color): LedgerRecord | undefined {
    return this.records.find((record) => record.payload.color === color);
  }

  byId(id: number): LedgerRecord | undefined {
    return this.records.find((record) => record.id === id);
  }
}
