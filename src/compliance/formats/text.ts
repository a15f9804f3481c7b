/** The compliance report for a terminal: one compiler-style line per violation, then a summary. */
import type { Severity } from '../../compliance/settings.js';
import { wasNotParsed, type ComplianceReport, type Violation } from '../report.js';
import { byPathAndLine, sortedCopy } from './order.js';

export interface TextOptions {
  /** ANSI colours; off unless asked, so piped output and logs stay clean */
  color?: boolean;
}

type Paint = (text: string) => string;

export interface Palette {
  severity: Record<Severity, Paint>;
  path: Paint;
  flag: Paint;
  dim: Paint;
  passed: Paint;
  failed: Paint;
}

const sgr =
  (open: string, close: string): Paint =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`;
const plain: Paint = (text) => text;

const COLORS: Palette = {
  severity: { critical: sgr('1;31', '22;39'), major: sgr('31', '39'), minor: sgr('33', '39') },
  path: sgr('1', '22'),
  flag: sgr('1;35', '22;39'),
  dim: sgr('2', '22'),
  passed: sgr('1;32', '22;39'),
  failed: sgr('1;31', '22;39'),
};

const PLAIN: Palette = {
  severity: { critical: plain, major: plain, minor: plain },
  path: plain,
  flag: plain,
  dim: plain,
  passed: plain,
  failed: plain,
};

/** Control characters in a file or symbol name must not reach the terminal as escape sequences. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const clean = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');

function flagsOf(v: Violation): string[] {
  const flags: string[] = v.new ? ['new'] : [];
  if (v.status === 'grown') flags.push('grown');
  if (v.status === 'expired-exception') flags.push('exception expired');
  return flags;
}

/** `src/app.py:120: major function-lines handle_request 45 > 30 (new)` */
export function violationLine(v: Violation, paint: Palette = PLAIN): string {
  const symbol = v.symbol === null ? '' : ` ${clean(v.symbol)}`;
  const flags = flagsOf(v);
  const suffix = flags.length === 0 ? '' : ` ${paint.flag(`(${flags.join(', ')})`)}`;
  return `${paint.path(`${clean(v.path)}:${v.line}`)}: ${paint.severity[v.severity](v.severity)} ${v.rule}${symbol} ${v.value} > ${v.limit}${suffix}`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `14 violations (2 new; 1 critical, 10 major, 3 minor) in 120 files, 3 fixed, 1 not parsed: failed` */
export function summaryLine(report: ComplianceReport, paint: Palette = PLAIN): string {
  const s = report.summary;
  const severities = `${s.bySeverity.critical} critical, ${s.bySeverity.major} major, ${s.bySeverity.minor} minor`;
  const extras = [
    `${s.fixed} fixed`,
    ...(s.unparsed > 0 ? [`${s.unparsed} not parsed`] : []),
    ...(s.skipped > 0 ? [`${s.skipped} not scanned`] : []),
    ...(s.suppressed > 0 ? [`${s.suppressed} suppressed`] : []),
  ];
  const verdict = s.passed ? paint.passed('passed') : paint.failed('failed');
  const failOn = s.failOn === 'new' ? '' : ` (fail-on: ${s.failOn})`;
  return `${plural(s.violations, 'violation')} (${s.new} new; ${severities}) in ${plural(s.files, 'file')}, ${extras.join(', ')}: ${verdict}${failOn}`;
}

/** Violations by path and line (the order editors jump through), unparsed files, then the summary. */
export function toText(report: ComplianceReport, options: TextOptions = {}): string {
  const paint = options.color === true ? COLORS : PLAIN;
  const lines = sortedCopy(report.violations, byPathAndLine).map((v) => violationLine(v, paint));
  const unparsed = report.files
    .filter(wasNotParsed)
    .map((f) => `${paint.path(clean(f.path))}: ${paint.dim(`note: counted but not parsed (${clean(f.note ?? '')})`)}`);
  const skipped = report.skipped.map(
    (f) => `${paint.path(clean(f.path))}: ${paint.dim(`note: not scanned (${clean(f.reason)})`)}`,
  );
  const config = report.config.changes.map((line) => paint.dim(`config change: ${clean(line)}`));
  return [...lines, ...unparsed, ...skipped, ...config, summaryLine(report, paint)].join('\n') + '\n';
}
