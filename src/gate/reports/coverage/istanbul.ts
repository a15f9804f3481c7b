/**
 * Istanbul's JSON: `coverage-final.json` (per file: statementMap/s, fnMap/f, branchMap/b, as c8, nyc, Jest
 * and vitest write it) and `coverage-summary.json` (json-summary: per-file totals, no line detail). Each
 * file's entry is parsed on its own, so memory follows the largest file, not the report.
 */
import { ReportError } from '../source.js';
import { describePath, expectObject, parseJson, type JsonPath } from '../json.js';
import type { CoverageReport, ReportInput } from '../types.js';
import { CoverageData, FileCoverage, type CoverageCounts } from './data.js';

interface Location {
  start?: { line?: number };
}
interface FileEntry {
  path?: string;
  statementMap?: Record<string, Location>;
  s?: Record<string, number>;
  fnMap?: Record<string, { name?: string; decl?: Location; loc?: Location; line?: number }>;
  f?: Record<string, number>;
  branchMap?: Record<string, { loc?: Location; line?: number; locations?: unknown[] }>;
  b?: Record<string, number[]>;
}

const lineOf = (location: Location | undefined): number => location?.start?.line ?? 0;

function fileCoverage(entry: FileEntry): FileCoverage {
  const coverage = new FileCoverage();
  for (const [id, location] of Object.entries(entry.statementMap ?? {})) {
    coverage.markLine(lineOf(location), entry.s?.[id] ?? 0);
  }
  for (const [id, fn] of Object.entries(entry.fnMap ?? {})) {
    coverage.markFunction(fn.name ?? `(anonymous_${id})`, fn.line ?? lineOf(fn.decl ?? fn.loc), entry.f?.[id] ?? 0);
  }
  for (const [id, branch] of Object.entries(entry.branchMap ?? {})) {
    const counts = entry.b?.[id] ?? [];
    coverage.addBranches(branch.line ?? lineOf(branch.loc), counts.length, counts.filter((n) => n > 0).length);
  }
  return coverage;
}

function checkEntry(value: unknown, display: string, path: JsonPath): FileEntry {
  const entry = expectObject(value, display, path) as FileEntry;
  if (entry.statementMap === undefined || entry.s === undefined) {
    throw new ReportError(`${display}: ${describePath(path)} has no statementMap and s: not Istanbul coverage.`);
  }
  return entry;
}

export async function readIstanbul(input: ReportInput): Promise<CoverageReport> {
  const data = new CoverageData();
  await parseJson(input.file, input.display, ['$.*'], (value, path) => {
    const entry = checkEntry(value, input.display, path);
    data.add(input.paths.key(entry.path ?? String(path[0])), fileCoverage(entry));
  });
  return { kind: 'coverage', format: 'istanbul', coverage: data };
}

interface SummaryCounts {
  total?: number;
  covered?: number;
}

function summaryCounts(value: unknown, display: string, path: JsonPath): CoverageCounts {
  const entry = expectObject(value, display, path) as Record<string, SummaryCounts | undefined>;
  const pick = (kind: string) => {
    const counts = entry[kind];
    if (typeof counts?.total !== 'number' || typeof counts.covered !== 'number') {
      throw new ReportError(`${display}: ${describePath([...path, kind])} needs numbers total and covered.`);
    }
    return { total: counts.total, covered: counts.covered };
  };
  return { lines: pick('lines'), branches: pick('branches'), functions: pick('functions') };
}

export async function readIstanbulSummary(input: ReportInput): Promise<CoverageReport> {
  const data = new CoverageData();
  await parseJson(input.file, input.display, ['$.*'], (value, path) => {
    if (path[0] === 'total') return; // the files' sum; the union of reports is computed from the files
    const coverage = new FileCoverage();
    coverage.summary = summaryCounts(value, input.display, path);
    data.add(input.paths.key(String(path[0])), coverage);
  });
  return { kind: 'coverage', format: 'istanbul-summary', coverage: data };
}
