import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadSettings } from '../../config/load.js';
import { ConfigurationError, errorMessage } from '../../core/errors.js';
import { openRepository } from '../../git/git.js';
import { fileBaseline, GATE_FORMATS, renderGate, runGate, type GateRequest } from '../../gate/index.js';
import { FAIL_POLICIES, parseCondition, withGateOverrides } from '../../gate/settings.js';
import { ExitCode, type CliContext, type Command, type CommandInput } from '../command.js';
import { choice, emit, stderrLogger } from '../output.js';

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** The config is read from the repository around the working directory, or from the working directory itself. */
async function configRoot(cwd: string): Promise<string> {
  try {
    return (await openRepository(cwd)).root;
  } catch {
    return cwd;
  }
}

async function readBaselineFile(file: string, cwd: string): Promise<GateRequest['baseline']> {
  try {
    return { source: fileBaseline(JSON.parse(await readFile(path.resolve(cwd, file), 'utf8')), file) };
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`--baseline: cannot read the gate report ${file}: ${errorMessage(error)}`);
  }
}

async function request(input: CommandInput, context: CliContext): Promise<GateRequest> {
  const configFile = str(input.values.config);
  const root = await configRoot(context.cwd);
  const { settings } = await loadSettings({
    root,
    ...(configFile ? { configPath: path.resolve(context.cwd, configFile) } : {}),
  });
  const conditions = list(input.values.condition).map((text) =>
    parseCondition(text, '--condition', (m) => new ConfigurationError(m)),
  );
  const failOn =
    input.values['fail-on'] === undefined
      ? undefined
      : choice(input.values['fail-on'], FAIL_POLICIES, '--fail-on', 'failed');
  const reports = list(input.values.report);
  const gate = withGateOverrides(settings.gate, { conditions, reports, failOn });
  const base = str(input.values.base);
  const baselineFile = str(input.values.baseline);
  return {
    // Reports named on the command line are relative to the working directory; the config's to the repository.
    cwd: reports.length > 0 ? context.cwd : root,
    settings: gate,
    ...(base ? { base } : {}),
    ...(baselineFile ? { baseline: await readBaselineFile(baselineFile, context.cwd) } : {}),
    logger: stderrLogger(context),
  };
}

async function run(input: CommandInput, context: CliContext): Promise<number> {
  const result = await runGate(await request(input, context));
  const format = choice(input.values.format, GATE_FORMATS, '--format', 'text');
  await emit(renderGate(result, format), str(input.values.output), context);
  return result.report.passed || result.failOn === 'never' ? ExitCode.Passed : ExitCode.Failed;
}

export const gateCommand: Command = {
  usage: 'shipgate gate [--report F...] [--condition "metric op value"...] [options]',
  optionHelp: [
    '  --report FILE|GLOB     a report to read (repeatable; default: gate.reports in the config); the format is',
    '                         told from the content: LCOV, Cobertura, JaCoCo, Clover, Istanbul JSON, JUnit XML,',
    '                         SARIF, ESLint JSON, shipgate compliance JSON',
    '  --condition TEXT       e.g. "coverage.lines >= 80" (repeatable; replaces gate.conditions)',
    '  --base REF             judge new code: the lines changed since the merge base of REF and HEAD',
    '  --baseline FILE        a gate JSON report of the base branch, for delta.* metrics',
    '  --fail-on POLICY       failed (default): exit 1 when the gate fails; never: report only',
    '  --config FILE          config file (default .github/shipgate.yml)',
    '  --format FORMAT        text (default), json, markdown',
    '  --output FILE          write the report to FILE instead of stdout',
  ],
  options: {
    report: { type: 'string', multiple: true },
    condition: { type: 'string', multiple: true },
    base: { type: 'string' },
    baseline: { type: 'string' },
    'fail-on': { type: 'string' },
    config: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
  },
  allowPositionals: false,
  run,
};
