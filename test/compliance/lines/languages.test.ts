import { describe, expect, test } from 'vitest';
import {
  LANGUAGES,
  isProgrammingLanguage,
  languageById,
  languageForPath,
} from '../../../src/compliance/languages/table.js';

const idOf = (path: string): string | undefined => languageForPath(path)?.id;

const EXAMPLES: readonly (readonly [string, string])[] = [
  ['src/app.py', 'python'],
  ['stubs/app.pyi', 'python'],
  ['src/index.ts', 'typescript'],
  ['types/index.d.ts', 'typescript'],
  ['src/view.tsx', 'tsx'],
  ['src/a.js', 'javascript'],
  ['src/a.mjs', 'javascript'],
  ['src/a.cjs', 'javascript'],
  ['src/a.jsx', 'jsx'],
  ['main.go', 'go'],
  ['A.java', 'java'],
  ['build.gradle.kts', 'kotlin'],
  ['a.kt', 'kotlin'],
  ['a.c', 'c'],
  ['a.h', 'c'],
  ['a.cc', 'cpp'],
  ['a.cpp', 'cpp'],
  ['a.cxx', 'cpp'],
  ['a.hpp', 'cpp'],
  ['a.hh', 'cpp'],
  ['a.hxx', 'cpp'],
  ['Program.cs', 'csharp'],
  ['lib.rs', 'rust'],
  ['app.rb', 'ruby'],
  ['Rakefile', 'ruby'],
  ['sub/dir/Gemfile', 'ruby'],
  ['index.php', 'php'],
  ['run.sh', 'shell'],
  ['run.bash', 'shell'],
  ['run.zsh', 'shell'],
  ['App.swift', 'swift'],
  ['Main.scala', 'scala'],
  ['schema.sql', 'sql'],
  ['site.css', 'css'],
  ['site.scss', 'scss'],
  ['site.less', 'less'],
  ['index.html', 'html'],
  ['App.vue', 'vue'],
  ['App.svelte', 'svelte'],
  ['ci.yml', 'yaml'],
  ['ci.yaml', 'yaml'],
  ['package.json', 'json'],
  ['Cargo.toml', 'toml'],
  ['pom.xml', 'xml'],
  ['README.md', 'markdown'],
  ['index.rst', 'restructuredtext'],
  ['notes.txt', 'text'],
  ['docker/Dockerfile', 'dockerfile'],
];

describe('languageForPath', () => {
  test.each(EXAMPLES)('%s is %s', (path, id) => {
    expect(idOf(path)).toBe(id);
  });

  test('extensions match case-insensitively, file names exactly', () => {
    expect(idOf('LEGACY.PY')).toBe('python');
    expect(idOf('Component.TSX')).toBe('tsx');
    expect(idOf('gemfile')).toBeUndefined();
    expect(idOf('GEMFILE')).toBeUndefined();
  });

  test('Windows separators and dotted folders', () => {
    expect(idOf('src\\lib\\main.rs')).toBe('rust');
    expect(idOf('pkg.py/README')).toBeUndefined();
    expect(idOf('v1.2/notes')).toBeUndefined();
  });

  test('unknown files and dot-files have no language', () => {
    expect(idOf('image.png')).toBeUndefined();
    expect(idOf('Makefile')).toBeUndefined();
    expect(idOf('.bashrc')).toBeUndefined();
    expect(idOf('.gitignore')).toBeUndefined();
    expect(idOf('')).toBeUndefined();
  });
});

const PROGRAMMING = ['python', 'typescript', 'tsx', 'javascript', 'jsx', 'go', 'java', 'kotlin', 'c', 'cpp'].concat([
  'csharp',
  'rust',
  'ruby',
  'php',
  'shell',
  'swift',
  'scala',
  'sql',
]);

const OTHER_CATEGORIES = [
  ['markup', ['css', 'scss', 'less', 'html', 'vue', 'svelte']],
  ['data', ['yaml', 'json', 'toml', 'xml']],
  ['prose', ['markdown', 'restructuredtext', 'text']],
] as const;

describe('categories', () => {
  test('the file-lines rule applies to exactly the programming languages', () => {
    const ids = LANGUAGES.filter(isProgrammingLanguage).map((lang) => lang.id);
    expect(ids.sort()).toEqual([...PROGRAMMING].sort());
  });

  test.each(OTHER_CATEGORIES)('%s languages', (category, ids) => {
    for (const id of ids) expect(languageById(id)?.category, id).toBe(category);
  });
});

describe('the language table', () => {
  test('ids, extensions and file names are unique; extensions are lower case with a dot', () => {
    const ids = LANGUAGES.map((lang) => lang.id);
    expect(new Set(ids).size).toBe(ids.length);
    const extensions = LANGUAGES.flatMap((lang) => lang.extensions);
    expect(new Set(extensions).size).toBe(extensions.length);
    for (const ext of extensions) expect(ext).toMatch(/^\.[a-z0-9+]+$/);
    const names = LANGUAGES.flatMap((lang) => lang.fileNames);
    expect(new Set(names).size).toBe(names.length);
  });

  test('every language has a display name and is frozen', () => {
    for (const lang of LANGUAGES) {
      expect(lang.name.length, lang.id).toBeGreaterThan(0);
      expect(Object.isFrozen(lang), lang.id).toBe(true);
    }
  });
});
