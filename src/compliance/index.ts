// The compliance capability's public face: the use case and the report's types. The analysers (and the
// TypeScript compiler behind them) stay behind it, loaded only when a scan needs them.
export {
  parseShard,
  prepareScan,
  verifyCheckout,
  scanRepository,
  type ComplianceRequest,
  type ComplianceResult,
  type PreparedScan,
  type ScanTarget,
} from './scan-repository.js';
export { mergeReports } from './merge.js';
export type { ComplianceReport, FileEntry, FixedEntry, ReportSummary, Violation, ViolationStatus } from './report.js';
