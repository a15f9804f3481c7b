/** The compliance report as SARIF 2.1.0, for GitHub code scanning and any other SARIF viewer. */
import { createHash } from 'node:crypto';
import { RULE_IDS, type RuleId, type RuleSettings, type Severity } from '../../config/settings.js';
import type { ComplianceReport, FileEntry, Violation } from '../report.js';
import { ruleRank, severityThenNew, sortedCopy } from './order.js';
import { EXCEPTION_ADVICE, RULE_DOCS, exceptionExample, limitPhrase } from './rule-docs.js';
import type { SarifLevel, SarifLocation, SarifLog, SarifNotification, SarifReportingDescriptor, SarifResult, SarifRun } from './sarif-log.js';

export type * from './sarif-log.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** GitHub code scanning accepts at most this many results per run. */
export const DEFAULT_MAX_RESULTS = 25_000;
/** The partialFingerprints key: versioned, so a change of the recipe can never be mistaken for the old one. */
export const FINGERPRINT_KEY = 'shipgateViolation/v1';
const MAX_FILE_NOTIFICATIONS = 100;

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

const LEVELS: Record<Severity, SarifLevel> = { critical: 'error', major: 'error', minor: 'warning' };

function ruleDescriptor(rule: RuleId, settings: RuleSettings): SarifReportingDescriptor {
  const doc = RULE_DOCS[rule];
  const limit = limitPhrase(rule, settings);
  const full = `The code-size standard allows ${limit}. Smaller units are easier to review, test and change in parallel.`;
  const text = `${full}\n\nHow to fix: ${doc.fix}\n\n${EXCEPTION_ADVICE}`;
  const markdown = [
    `**Limit:** ${limit}.`,
    `**How to fix:** ${doc.fix}`,
    `**Exceptions:** ${EXCEPTION_ADVICE}`,
    '```yaml\n' + exceptionExample(rule, settings) + '\n```',
  ].join('\n\n');
  const level = LEVELS[settings.severity];
  return {
    id: rule,
    name: doc.name,
    shortDescription: { text: `${doc.title} (limit ${settings.limit})` },
    fullDescription: { text: full },
    help: { text, markdown },
    defaultConfiguration: { enabled: settings.enabled, level },
    properties: {
      tags: ['maintainability', 'code-size'],
      precision: 'very-high',
      'problem.severity': level === 'error' ? 'error' : 'warning',
    },
  };
}

/** Each path segment percent-encoded, so spaces, '#' or '%' in a file name still make a valid URI reference. */
const pathToUri = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

function locationOf(path: string, line = 1, endLine = line): SarifLocation {
  const startLine = Math.max(1, line);
  return {
    physicalLocation: {
      artifactLocation: { uri: pathToUri(path), uriBaseId: '%SRCROOT%' },
      region: { startLine, endLine: Math.max(startLine, endLine) },
    },
  };
}

const identityOf = (v: Violation): string => `${v.path}\0${v.rule}\0${v.symbol ?? ''}`;

/**
 * Fingerprints from path, rule and symbol, not lines, so an alert keeps its identity when code above it
 * moves. Two violations with the same identity (e.g. overloads) are told apart by their order in the file.
 */
export function violationFingerprints(violations: readonly Violation[]): Map<Violation, string> {
  const seen = new Map<string, number>();
  const prints = new Map<Violation, string>();
  for (const v of [...violations].sort((a, b) => a.line - b.line)) {
    const identity = identityOf(v);
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    const input = occurrence === 0 ? identity : `${identity}\0${occurrence}`;
    prints.set(v, createHash('sha256').update(input).digest('hex').slice(0, 32));
  }
  return prints;
}

function resultOf(v: Violation, fingerprint: string): SarifResult {
  const fallback = `${RULE_DOCS[v.rule].title}: ${v.value} > ${v.limit}`;
  return {
    ruleId: v.rule,
    ruleIndex: ruleRank(v.rule),
    level: LEVELS[v.severity],
    message: { text: v.message || fallback },
    locations: [locationOf(v.path, v.line, v.endLine)],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    properties: {
      value: v.value,
      limit: v.limit,
      severity: v.severity,
      new: v.new,
      status: v.status,
      ...(v.symbol === null ? {} : { symbol: v.symbol }),
    },
  };
}

function truncationNotice(omitted: number, total: number, max: number): SarifNotification {
  return {
    level: 'warning',
    descriptor: { id: 'shipgate/results-truncated' },
    message: {
      text:
        `${omitted} of ${total} violations were left out: a run holds at most ${max} results. ` +
        'The most severe were kept (critical, major, minor; new before existing).',
    },
  };
}

function unparsedNotices(files: readonly FileEntry[]): SarifNotification[] {
  const unparsed = files.filter((f) => !f.parsed);
  const notices: SarifNotification[] = unparsed.slice(0, MAX_FILE_NOTIFICATIONS).map((f) => ({
    level: 'note',
    descriptor: { id: 'shipgate/file-not-parsed' },
    message: { text: `${f.path}: lines counted but not parsed (${f.note ?? 'no parser'}); class and function rules were not checked.` },
    locations: [locationOf(f.path)],
  }));
  const rest = unparsed.length - notices.length;
  if (rest > 0) notices.push({ level: 'note', descriptor: { id: 'shipgate/file-not-parsed' }, message: { text: `${rest} more files were not parsed.` } });
  return notices;
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
  if (!Number.isInteger(maxResults) || maxResults < 1) throw new RangeError(`maxResults must be a positive integer, got ${maxResults}`);
  return maxResults;
}

/** One log with one run; beyond maxResults the least severe results are dropped and a notification says how many. */
export function toSarif(report: ComplianceReport, options: SarifOptions = {}): SarifLog {
  const max = checkedMax(options.maxResults ?? DEFAULT_MAX_RESULTS);
  const ordered = sortedCopy(report.violations, severityThenNew);
  const notices = unparsedNotices(report.files);
  if (ordered.length > max) notices.unshift(truncationNotice(ordered.length - max, ordered.length, max));
  const category = options.category === undefined ? undefined : asCategory(options.category);
  const parts = { results: ordered.slice(0, max), fingerprints: violationFingerprints(report.violations), notices, category };
  return logOf(runOf(report, parts, options.informationUri));
}

/**
 * Every result, in as many logs as it takes, each with at most maxResults, worst first. Each part gets the
 * category `<category>part-<n>/` (default category `shipgate-compliance/`) so uploads do not replace each other.
 */
export function splitSarif(report: ComplianceReport, maxResults: number, options: Omit<SarifOptions, 'maxResults'> = {}): SarifLog[] {
  const max = checkedMax(maxResults);
  const ordered = sortedCopy(report.violations, severityThenNew);
  const fingerprints = violationFingerprints(report.violations);
  const base = asCategory(options.category ?? 'shipgate-compliance');
  const count = Math.max(1, Math.ceil(ordered.length / max));
  return Array.from({ length: count }, (_, i) => {
    const notices = i === 0 ? unparsedNotices(report.files) : [];
    const parts = { results: ordered.slice(i * max, (i + 1) * max), fingerprints, notices, category: `${base}part-${i + 1}/` };
    return logOf(runOf(report, parts, options.informationUri));
  });
}
