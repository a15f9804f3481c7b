import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { ConfigurationError, errorMessage } from '../core/errors.js';
import { DEFAULT_CONFIG_PATH, settingsFromConfig, type RawConfig, type Settings } from './settings.js';
import { validateConfig } from './validate.js';

/** How many alias expansions a config may use: far more than any real config, far fewer than a bomb. */
const MAX_ALIAS_EXPANSION = 100;

export interface LoadOptions {
  /** the repository root that relative paths are read from */
  root: string;
  /** the config file; when absent the default `.github/shipgate.yml` is used if it exists */
  configPath?: string;
}

export interface LoadedSettings {
  settings: Settings;
  /** the file the settings came from, relative to the root; undefined when the defaults were used */
  source?: string;
  /** the commit the file was read at; undefined for the work tree */
  commit?: string;
  /** what the work tree's config changes against the one in force, for reviewers (changed-files mode) */
  changes?: string[];
}

/** Reads, validates and resolves the config file into one typed settings object. */
export async function loadSettings(options: LoadOptions): Promise<LoadedSettings> {
  const relative = options.configPath ?? DEFAULT_CONFIG_PATH;
  const text = await readConfigText(path.resolve(options.root, relative), options.configPath !== undefined);
  if (text === undefined) return { settings: settingsFromConfig({}) };
  return { settings: parseSettings(text, relative), source: relative };
}

async function readConfigText(file: string, required: boolean): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !required) return undefined;
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : errorMessage(error);
    throw new ConfigurationError(`Cannot read the config file ${file}: ${reason}`);
  }
}

/** Parses config text; every error names the file, line and column. */
export function parseSettings(text: string, fileName: string): Settings {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const lines = doc.errors.map((e) => {
      const { line, col } = lineCounter.linePos(e.pos[0]);
      return `${fileName}:${line}:${col}: ${e.message.split('\n')[0]}`;
    });
    throw new ConfigurationError(`Invalid YAML in ${fileName}:\n${lines.join('\n')}`);
  }
  const value = plainValue(doc, fileName);
  const problems = validateConfig(value, doc, lineCounter);
  if (problems.length > 0) {
    const lines = problems.map((p) => `${fileName}:${p.line}:${p.column}: ${p.message}`);
    throw new ConfigurationError(`Invalid shipgate config ${fileName}:\n${lines.join('\n')}`);
  }
  return settingsFromConfig((value ?? {}) as RawConfig);
}

/** The document as plain data; aliases that expand into a huge value (an "alias bomb") are refused. */
function plainValue(doc: Document, fileName: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    throw new ConfigurationError(
      `Invalid YAML in ${fileName}: its aliases (*name) expand to too much data (${errorMessage(error)}); write the values out.`,
    );
  }
}
