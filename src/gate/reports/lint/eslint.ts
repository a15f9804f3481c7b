/** ESLint's JSON formatter (`eslint -f json`): one entry per file, with messages of severity 2 (error) or 1. */
import { expectObject, parseJson } from '../json.js';
import type { LintReport, ReportInput } from '../types.js';
import { LintTally } from './findings.js';

interface FileResult {
  filePath?: string;
  messages?: { ruleId?: string | null; severity?: number; message?: string; line?: number; fatal?: boolean }[];
}

export async function readEslint(input: ReportInput): Promise<LintReport> {
  const tally = new LintTally('eslint');
  await parseJson(input.file, input.display, ['$.*'], (value, path) => {
    const result = expectObject(value, input.display, path) as FileResult;
    const file = result.filePath === undefined ? undefined : input.paths.resolve(result.filePath);
    for (const message of result.messages ?? []) {
      const level = message.severity === 2 || message.fatal ? 'error' : message.severity === 1 ? 'warning' : 'note';
      const place = file === undefined ? undefined : { path: file, line: message.line ?? 1 };
      tally.add(level, message.ruleId ?? (message.fatal ? 'parse-error' : '(no rule)'), message.message ?? '', place);
    }
  });
  return tally.report;
}
