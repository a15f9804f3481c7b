/** Which tool wrote a JUnit report, told from what it writes (names, attributes, elements only it uses). */
import type { XmlAttributes } from '../xml.js';

export class DialectClues {
  private found: string | undefined;

  element(name: string, attributes: XmlAttributes, depth: number): void {
    if (this.found !== undefined && this.found !== 'node') return;
    const guess = this.guess(name, attributes, depth);
    if (guess !== undefined) this.found = guess;
  }

  /** Node's test runner ends its report with comments of totals: <!-- tests 5 -->, <!-- duration_ms 70.3 --> */
  comment(text: string): void {
    if (this.found === undefined && /^\s*duration_ms [\d.]+\s*$/.test(text)) this.found = 'node';
  }

  dialect(): string {
    return this.found ?? 'junit';
  }

  private guess(name: string, attributes: XmlAttributes, depth: number): string | undefined {
    if (name === 'testsuites' && attributes.name === 'vitest tests') return 'vitest';
    if (name === 'testsuites' && attributes.name === 'jest tests') return 'jest';
    if (name === 'testsuite' && attributes.name === 'pytest') return 'pytest';
    if (name === 'property' && attributes.name?.startsWith('go.')) return 'go';
    if (name === 'flakyFailure' || name === 'rerunFailure' || name === 'flakyError' || name === 'rerunError')
      return 'surefire';
    if (name === 'testsuite' && (attributes['xsi:noNamespaceSchemaLocation'] ?? '').includes('surefire'))
      return 'surefire';
    // Node's test runner puts testcases straight under the root, with an absolute file attribute.
    if (name === 'testcase' && depth === 2 && attributes.file !== undefined) return 'node';
    return undefined;
  }
}
