import type { DeploymentStatus } from '../../github/deployment-records.js';
import type { Ledger, LedgerRecord } from './ledger.js';

/** No ledger: a local run (no token or repository). Nothing is recorded, and the run says so. */
export class NoLedger implements Ledger {
  readonly enabled = false;

  constructor(readonly description: string) {}

  async recent(): Promise<LedgerRecord[]> {
    return [];
  }

  async statuses(): Promise<DeploymentStatus[]> {
    return [];
  }

  async open(): Promise<null> {
    return null;
  }

  async record(): Promise<void> {}
}
