/** Report globs → files: a glob that matches nothing is worth a warning, no report at all is an error. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ConfigurationError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';

export interface ReportFile {
  file: string;
  /** relative to the folder the globs are read from, for messages and the JSON report */
  display: string;
}

/** Plain paths are taken as given (an unreadable one is an error later, naming it); globs are expanded. */
export async function reportFiles(patterns: string[], cwd: string, logger: Logger): Promise<ReportFile[]> {
  if (patterns.length === 0) {
    throw new ConfigurationError(
      'No report to read: name report files or globs (--report, the "reports" input, or gate.reports in the config).',
    );
  }
  const files = new Set<string>();
  for (const pattern of patterns) {
    const matched = isDynamicPattern(pattern)
      ? await glob(pattern, { cwd, absolute: true, dot: true })
      : [path.resolve(cwd, pattern)];
    if (matched.length === 0) logger.warning(`The report glob "${pattern}" matches no file in ${cwd}.`);
    for (const file of matched.sort()) files.add(file);
  }
  if (files.size === 0)
    throw new ConfigurationError(`No report file matches ${patterns.map((p) => `"${p}"`).join(', ')} in ${cwd}.`);
  const result: ReportFile[] = [];
  for (const file of files) {
    const isFolder = (await stat(file).catch(() => undefined))?.isDirectory() === true;
    if (!isFolder) result.push({ file, display: path.relative(cwd, file) || file });
  }
  return result;
}
