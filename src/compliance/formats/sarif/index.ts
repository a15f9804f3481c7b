/** The compliance report as SARIF 2.1.0, for GitHub code scanning and any other SARIF viewer. */
import { RULE_IDS } from '../../../compliance/settings.js';
import { withRepositoryPaths, type ComplianceReport, type Violation } from '../../report.js';
import { severityThenNew, sortedCopy } from '../order.js';
import type { SarifLog, SarifNotification, SarifRun } from './log.js';
import { fileNotices, resultOf, truncationNotice, violationFingerprints } from './results.js';
import { ruleDescriptor } from './rules.js';

export type * from './log.js';
export { FINGERPRINT_KEY, violationFingerprints } from './results.js';
export { SARIF_LEVELS } from './rules.js';

export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** GitHub code scanning accepts at most this many results per run. */
export const DEFAULT_MAX_RESULTS = 25_000;

export interface SarifOptions {
  /** results per run; beyond it the least severe are left out (toSarif) or moved to further logs (splitSarif) */
  maxResults?: number;
  /** tool.driver.informationUri, e.g. the action's repository URL */
  informationUri?: string;
  /**
   * run.automationDetails.id: the code-scanning category. GitHub replaces an earlier analysis of the same
   * tool and category, so runs uploaded side by side (shards, split parts) need distinct categories.
   */
  category?: string;
}

interface RunParts {
  results: Violation[];
  fingerprints: Map<Violation, string>;
  notices: SarifNotification[];
  category: string | undefined;
}

function runOf(report: ComplianceReport, parts: RunParts, informationUri: string | undefined): SarifRun {
  const notices = parts.notices.length > 0 ? { toolExecutionNotifications: parts.notices } : {};
  return {
    tool: {
      driver: {
        name: 'shipgate',
        version: report.tool.version,
        ...(informationUri === undefined ? {} : { informationUri }),
        rules: RULE_IDS.map((rule) => ruleDescriptor(rule, report.rules[rule])),
      },
    },
    ...(parts.category === undefined ? {} : { automationDetails: { id: parts.category } }),
    invocations: [{ executionSuccessful: true, ...notices }],
    results: parts.results.map((v) => resultOf(v, parts.fingerprints.get(v) ?? '')),
    properties: { mode: report.mode, base: report.base, shard: report.shard },
  };
}

const logOf = (run: SarifRun): SarifLog => ({ $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] });

/** A category always ends in '/', so GitHub takes all of it as the category and none of it as a run id. */
const asCategory = (category: string): string => (category.endsWith('/') ? category : `${category}/`);

function checkedMax(maxResults: number): number {
  if (!Number.isInteger(maxResults) || maxResults < 1)
    throw new RangeError(`maxResults must be a positive integer, got ${maxResults}`);
  return maxResults;
}

/** One log with one run; beyond maxResults the least severe results are dropped and a notification says how many. */
export function toSarif(scanned: ComplianceReport, options: SarifOptions = {}): SarifLog {
  const report = withRepositoryPaths(scanned);
  const max = checkedMax(options.maxResults ?? DEFAULT_MAX_RESULTS);
  const ordered = sortedCopy(report.violations, severityThenNew);
  const notices = fileNotices(report);
  if (ordered.length > max) notices.unshift(truncationNotice(ordered.length - max, ordered.length, max));
  const category = options.category === undefined ? undefined : asCategory(options.category);
  const parts = {
    results: ordered.slice(0, max),
    fingerprints: violationFingerprints(report.violations),
    notices,
    category,
  };
  return logOf(runOf(report, parts, options.informationUri));
}

/**
 * Every result, in as many logs as it takes, each with at most maxResults, worst first. Each part gets the
 * category `<category>part-<n>/` (default category `shipgate-compliance/`) so uploads do not replace each other.
 */
export function splitSarif(
  scanned: ComplianceReport,
  maxResults: number,
  options: Omit<SarifOptions, 'maxResults'> = {},
): SarifLog[] {
  const report = withRepositoryPaths(scanned);
  const max = checkedMax(maxResults);
  const ordered = sortedCopy(report.violations, severityThenNew);
  const fingerprints = violationFingerprints(report.violations);
  const base = asCategory(options.category ?? 'shipgate-compliance');
  const count = Math.max(1, Math.ceil(ordered.length / max));
  return Array.from({ length: count }, (_, i) => {
    const notices = i === 0 ? fileNotices(report) : [];
    const parts = {
      results: ordered.slice(i * max, (i + 1) * max),
      fingerprints,
      notices,
      category: `${base}part-${i + 1}/`,
    };
    return logOf(runOf(report, parts, options.informationUri));
  });
}
