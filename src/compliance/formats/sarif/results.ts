/** SARIF results and notifications: one result per violation, notes for what could not be checked. */
import { createHash } from 'node:crypto';
import { wasNotParsed, type ComplianceReport, type Violation } from '../../report.js';
import { ruleRank } from '../order.js';
import { RULE_DOCS } from '../rule-docs.js';
import type { SarifLocation, SarifNotification, SarifResult } from './log.js';
import { SARIF_LEVELS } from './rules.js';

/** The partialFingerprints key: versioned, so a change of the recipe can never be mistaken for the old one. */
export const FINGERPRINT_KEY = 'shipgateViolation/v1';
const MAX_FILE_NOTIFICATIONS = 100;

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

export function resultOf(v: Violation, fingerprint: string): SarifResult {
  const fallback = `${RULE_DOCS[v.rule].title}: ${v.value} > ${v.limit}`;
  return {
    ruleId: v.rule,
    ruleIndex: ruleRank(v.rule),
    level: SARIF_LEVELS[v.severity],
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

export function truncationNotice(omitted: number, total: number, max: number): SarifNotification {
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

function capped(notices: SarifNotification[], id: string, what: string): SarifNotification[] {
  if (notices.length <= MAX_FILE_NOTIFICATIONS) return notices;
  const rest = notices.length - MAX_FILE_NOTIFICATIONS;
  const more: SarifNotification = {
    level: 'note',
    descriptor: { id },
    message: { text: `${rest} more files ${what}.` },
  };
  return [...notices.slice(0, MAX_FILE_NOTIFICATIONS), more];
}

/** Files counted but not parsed, and files not scanned at all: no rule result can be trusted for them. */
export function fileNotices(report: Pick<ComplianceReport, 'files' | 'skipped'>): SarifNotification[] {
  const unparsed = report.files.filter(wasNotParsed).map((f): SarifNotification => ({
    level: 'note',
    descriptor: { id: 'shipgate/file-not-parsed' },
    message: {
      text: `${f.path}: lines counted but not parsed (${f.note ?? ''}); class and function rules were not checked.`,
    },
    locations: [locationOf(f.path)],
  }));
  const skipped = report.skipped.map((f): SarifNotification => ({
    level: 'warning',
    descriptor: { id: 'shipgate/file-not-scanned' },
    message: { text: `${f.path}: not scanned (${f.reason}); no rule was checked.` },
  }));
  return [
    ...capped(unparsed, 'shipgate/file-not-parsed', 'were not parsed'),
    ...capped(skipped, 'shipgate/file-not-scanned', 'were not scanned'),
  ];
}
