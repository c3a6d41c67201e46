import { describe, expect, it } from 'vitest';
import { reportedWarnings } from '../src/api-report.js';

describe('reportedWarnings', () => {
  it('counts a warning beside a declaration and one in the footer alike', () => {
    const report = [
      '// Warning: (ae-forgotten-export) The symbol "LeadsResource" needs to be exported by the entry point index.d.ts',
      'export interface CloseBotClient extends LeadsResource {}',
      '',
      '// Warnings were encountered during analysis:',
      '//',
      '// src/index.d.ts:86:5 - (ae-forgotten-export) The symbol "OpenCxAttachment" needs to be exported by the entry point index.d.ts',
      '// (No @packageDocumentation comment for this package)',
    ].join('\n');

    expect(reportedWarnings(report, '@botbridge/x')).toEqual([
      {
        tool: 'API Extractor',
        kind: 'ae-forgotten-export',
        message:
          '@botbridge/x: The symbol "LeadsResource" needs to be exported by the entry point index.d.ts',
      },
      {
        tool: 'API Extractor',
        kind: 'ae-forgotten-export',
        message:
          '@botbridge/x: The symbol "OpenCxAttachment" needs to be exported by the entry point index.d.ts',
      },
    ]);
  });

  it('finds none in a clean report', () => {
    expect(reportedWarnings('export declare function f(): void;\n', '@botbridge/x')).toEqual([]);
  });
});
