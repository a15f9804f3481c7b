/** The base branch's metrics: the first commit, from the merge base back, whose gate stored them. */
import type { Logger } from '../../core/logger.js';
import { errorMessage } from '../../core/errors.js';
import type { BaselineState } from '../report.js';
import type { StoredMetrics } from './record.js';

/** Where stored metrics are read from: the Checks API in a workflow, a previous JSON report in a terminal. */
export interface BaselineSource {
  /** what the gate stored for this commit, if anything */
  metricsAt(sha: string): Promise<StoredMetrics | undefined>;
  /** for messages, e.g. "the quality gate check runs" */
  readonly description: string;
  /** false for a source that holds one set of metrics whatever the commit (a report file) */
  readonly perCommit: boolean;
}

/** Walks `commits` (newest first) until one has stored metrics. A source that fails means no baseline, with the reason. */
export async function findBaseline(source: BaselineSource, commits: string[], logger: Logger): Promise<BaselineState> {
  if (commits.length === 0)
    return { state: 'none', reason: 'no baseline yet: the base commit is not in this checkout' };
  for (const [index, sha] of commits.entries()) {
    let stored: StoredMetrics | undefined;
    try {
      stored = await source.metricsAt(sha);
    } catch (error) {
      logger.warning(`Could not read the base branch's metrics from ${source.description}: ${errorMessage(error)}`);
      return { state: 'none', reason: `no baseline: ${source.description} could not be read` };
    }
    if (stored) return { state: 'found', sha, metrics: stored.metrics, trend: stored.trend, checkedCommits: index + 1 };
  }
  return {
    state: 'none',
    reason: `no baseline yet: no stored metrics in ${source.description} on the base commit or the ${commits.length - 1} before it`,
  };
}
