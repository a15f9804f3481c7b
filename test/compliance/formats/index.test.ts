import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS, renderReport, toMarkdown, toSarif, toText } from '../../../src/compliance/formats/index.js';
import { sampleReport } from '../../fixtures/formats/reports.js';

describe('renderReport', () => {
  const report = sampleReport();

  it('writes the report itself as JSON, two-space indented, with a final newline', () => {
    const json = renderReport(report, 'json');
    expect(json.startsWith('{\n  "version": 1,\n  "tool": {\n    "name": "shipgate",')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(report);
  });

  it('writes SARIF as JSON text, passing the SARIF options on', () => {
    const sarif = renderReport(report, 'sarif', { maxResults: 2 });
    expect(sarif.endsWith('}\n')).toBe(true);
    expect(JSON.parse(sarif)).toEqual(toSarif(report, { maxResults: 2 }));
    expect(JSON.parse(sarif).runs[0].results).toHaveLength(2);
  });

  it('writes Markdown and text as their own renderers do, with their options', () => {
    expect(renderReport(report, 'markdown', { title: 'Sizes' })).toBe(toMarkdown(report, { title: 'Sizes' }));
    expect(renderReport(report, 'text', { color: true })).toBe(toText(report, { color: true }));
  });

  it('knows exactly the four formats', () => {
    expect(REPORT_FORMATS).toEqual(['json', 'sarif', 'markdown', 'text']);
  });
});
