/** One entry for every report: detect the format from the content, then run that format's streaming parser. */
import { readClover } from './coverage/clover.js';
import { readCobertura } from './coverage/cobertura.js';
import { readIstanbul, readIstanbulSummary } from './coverage/istanbul.js';
import { readJacoco } from './coverage/jacoco.js';
import { readLcov } from './coverage/lcov.js';
import { readComplianceReport } from './compliance.js';
import { detectFormat } from './detect.js';
import { readEslint } from './lint/eslint.js';
import { readSarif } from './lint/sarif.js';
import { readHead } from './source.js';
import { readJunit } from './tests/junit.js';
import type { ParsedReport, ReportFormat, ReportInput } from './types.js';

const PARSERS: Record<ReportFormat, (input: ReportInput) => Promise<ParsedReport>> = {
  lcov: readLcov,
  cobertura: readCobertura,
  jacoco: readJacoco,
  clover: readClover,
  istanbul: readIstanbul,
  'istanbul-summary': readIstanbulSummary,
  junit: readJunit,
  sarif: readSarif,
  eslint: readEslint,
  compliance: readComplianceReport,
};

export async function readReport(input: ReportInput): Promise<ParsedReport> {
  const format = detectFormat(await readHead(input.file, input.display), input.display);
  return PARSERS[format](input);
}

export { ReportError } from './source.js';
export type * from './types.js';
