/** The string formats the config's schema uses beyond JSON Schema's own: globs, real dates, paths in the repository. */
import { fullFormats } from 'ajv-formats/dist/formats.js';
import path from 'node:path';
import picomatch from 'picomatch';

/** Why a glob is not one picomatch can match by, or undefined when it is fine. */
export function globProblem(glob: string): string | undefined {
  try {
    picomatch.makeRe(glob, { strictBrackets: true, dot: true });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** A relative path that stays inside the folder it is relative to (no absolute path, no `..` out). */
export function staysInside(relativePath: string): boolean {
  if (path.isAbsolute(relativePath) || /^[A-Za-z]:[\\/]/.test(relativePath)) return false;
  const normalized = path.posix.normalize(relativePath.replace(/\\/g, '/'));
  return normalized !== '..' && !normalized.startsWith('../');
}

export const FORMAT_MESSAGES: Readonly<Record<string, string>> = {
  glob: 'must be a valid glob',
  date: 'must be a real date as YYYY-MM-DD',
  'repository-path': 'must be a path relative to the repository root that stays inside it',
};

/** The formats, by name, as the compiled schema (src/config/generated/) calls them. */
export const CONFIG_FORMATS = {
  date: fullFormats.date,
  glob: { validate: (value: string) => globProblem(value) === undefined },
  'repository-path': { validate: staysInside },
};
