/** A baseline from a gate JSON report of the base branch (for terminals, where there is no Checks API). */
import { ConfigurationError } from '../../core/errors.js';
import type { GateReport } from '../report.js';
import type { BaselineSource } from './find.js';

export function fileBaseline(report: unknown, file: string): BaselineSource {
  const metrics = (report as Partial<GateReport> | null)?.metrics;
  if ((report as Partial<GateReport> | null)?.version !== 1 || typeof metrics !== 'object' || metrics === null) {
    throw new ConfigurationError(`--baseline: ${file} is not a shipgate gate JSON report (version 1 with metrics).`);
  }
  return { description: file, perCommit: false, metricsAt: () => Promise.resolve({ metrics, trend: [] }) };
}
