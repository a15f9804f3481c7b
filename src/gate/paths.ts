/**
 * Report paths → repository paths. Reports name files in many ways: absolute paths from the machine that
 * ran the tests (often another job's), paths relative to a source folder (Cobertura), package paths (JaCoCo),
 * class names and stack traces. A path resolves to the tracked file it names, or, failing that, to the one
 * tracked file whose path ends with the longest tail of it.
 */
import path from 'node:path';
import { ownCopy } from './reports/source.js';

export class RepositoryPaths {
  private readonly tracked: Set<string>;
  private readonly byName = new Map<string, string[]>();
  private readonly cache = new Map<string, string | null>();
  /** outside a repository there is no list to check against: any path inside the root counts */
  private readonly outsideGit: boolean;

  /** `tracked`: the repository's files (repository-relative, forward slashes); undefined outside a repository. */
  constructor(
    readonly root: string,
    tracked: readonly string[] | undefined,
  ) {
    this.tracked = new Set(tracked ?? []);
    this.outsideGit = tracked === undefined;
    for (const file of this.tracked) {
      const name = file.slice(file.lastIndexOf('/') + 1);
      const list = this.byName.get(name);
      if (list) list.push(file);
      else this.byName.set(name, [file]);
    }
  }

  /** The repository path a report path names, trying each base folder for relative ones; undefined when none. */
  resolve(reportPath: string, bases: readonly string[] = []): string | undefined {
    const cacheKey = bases.length === 0 ? reportPath : `${reportPath}\0${bases.join('\0')}`;
    const cached = this.cache.get(cacheKey);
    if (cached !== undefined) return cached ?? undefined;
    // Report paths are cut from a parser's chunk: the cache keeps copies (see ownCopy).
    const found = this.lookup(normalize(reportPath), bases.map(normalize));
    this.cache.set(ownCopy(cacheKey), found === undefined ? null : ownCopy(found));
    return found === undefined ? undefined : this.cache.get(cacheKey)!;
  }

  /** The key a file's coverage is kept under: its repository path, else the report's path as written. */
  key(reportPath: string, bases: readonly string[] = []): string {
    return this.resolve(reportPath, bases) ?? ownCopy(normalize(reportPath));
  }

  private lookup(reportPath: string, bases: string[]): string | undefined {
    const candidates = path.posix.isAbsolute(reportPath)
      ? [reportPath]
      : [...bases.map((base) => path.posix.join(base, reportPath)), reportPath];
    for (const candidate of candidates) {
      const inRepo = this.inRepository(candidate);
      if (inRepo !== undefined && (this.outsideGit || this.tracked.has(inRepo))) return inRepo;
    }
    return this.outsideGit ? undefined : this.bySuffix(reportPath);
  }

  private inRepository(candidate: string): string | undefined {
    const absolute = path.posix.isAbsolute(candidate) ? candidate : path.posix.join(normalize(this.root), candidate);
    const relative = path.posix.relative(normalize(this.root), absolute);
    return relative === '' || relative.startsWith('../') || relative === '..' ? undefined : relative;
  }

  /** The one tracked file ending with the longest tail of the path (at least its file name). */
  private bySuffix(reportPath: string): string | undefined {
    const parts = reportPath.split('/').filter((part) => part !== '' && part !== '.');
    const name = parts[parts.length - 1];
    const sameName = name === undefined ? undefined : this.byName.get(name);
    if (!sameName) return undefined;
    for (let start = 0; start < parts.length; start++) {
      const tail = parts.slice(start).join('/');
      const matches = sameName.filter((file) => file === tail || file.endsWith(`/${tail}`));
      if (matches.length === 1) return matches[0];
      if (matches.length > 1) return undefined;
    }
    return undefined;
  }
}

/** Forward slashes, no file:// scheme, no leading ./ */
function normalize(text: string): string {
  return text
    .trim()
    .replace(/^file:\/\//, '')
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '');
}
