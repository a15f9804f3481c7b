/** A report's format, told from its first bytes (file names vary too much to trust). */
import { ReportError } from './source.js';
import type { ReportFormat } from './types.js';

/** The first element's name and attributes text, past the XML declaration, comments and doctype. */
function rootElement(head: string): { name: string; attributes: string; doctype: string } | undefined {
  const doctype = /<!DOCTYPE\s+([^>]*)>/i.exec(head)?.[1] ?? '';
  const body = head
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<![^>]*>/g, '');
  const match = /<([A-Za-z_][\w:.-]*)([^>]*)/.exec(body);
  return match ? { name: match[1]!, attributes: match[2]!, doctype } : undefined;
}

function xmlFormat(head: string): ReportFormat | undefined {
  const root = rootElement(head);
  if (!root) return undefined;
  if (root.name === 'testsuites' || root.name === 'testsuite') return 'junit';
  if (root.name === 'report' && (/JACOCO/i.test(root.doctype) || /<sessioninfo|<package|<counter/.test(head)))
    return 'jacoco';
  if (root.name === 'coverage') {
    if (/\bclover=|\bgenerated=/.test(root.attributes) || /<project[\s>]/.test(head)) return 'clover';
    return 'cobertura';
  }
  return undefined;
}

function jsonFormat(head: string): ReportFormat | undefined {
  if (/"runs"\s*:/.test(head) && /"2\.1\.0"|sarif/i.test(head)) return 'sarif';
  if (/"statementMap"\s*:/.test(head)) return 'istanbul';
  if (/^\{\s*"total"\s*:\s*\{/.test(head) && /"pct"\s*:/.test(head)) return 'istanbul-summary';
  if (/^\[/.test(head) && /"filePath"\s*:/.test(head) && /"messages"\s*:/.test(head)) return 'eslint';
  if (/^\[\s*\]$/.test(head)) return 'eslint';
  if (/"name"\s*:\s*"shipgate"/.test(head) && /"violations"\s*:/.test(head)) return 'compliance';
  return undefined;
}

const LCOV_START = /^(TN|SF|VER):/m;

/** The format of a report from its head; a ReportError names the file when it is none shipgate reads. */
export function detectFormat(head: string, display: string): ReportFormat {
  const text = head.trimStart();
  if (text === '') throw new ReportError(`${display}: the file is empty.`);
  const format = text.startsWith('<')
    ? xmlFormat(text)
    : /^[[{]/.test(text)
      ? jsonFormat(text)
      : LCOV_START.test(text)
        ? 'lcov'
        : undefined;
  if (format) return format;
  throw new ReportError(
    `${display}: not a report shipgate reads. It reads coverage (LCOV, Cobertura, JaCoCo, Clover, Istanbul JSON and ` +
      'json-summary), tests (JUnit XML), lint (SARIF 2.1.0, ESLint JSON) and shipgate compliance JSON.',
  );
}
