/** One SARIF reportingDescriptor per rule: what it limits, why, and how to fix or get an exception. */
import type { RuleId, RuleSettings, Severity } from '../../settings.js';
import { EXCEPTION_ADVICE, RULE_DOCS, exceptionExample, limitPhrase } from '../rule-docs.js';
import type { SarifLevel, SarifReportingDescriptor } from './log.js';

/** Critical and major violations fail a review; minor ones are warnings. */
export const SARIF_LEVELS: Record<Severity, SarifLevel> = { critical: 'error', major: 'error', minor: 'warning' };

export function ruleDescriptor(rule: RuleId, settings: RuleSettings): SarifReportingDescriptor {
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
  const level = SARIF_LEVELS[settings.severity];
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
