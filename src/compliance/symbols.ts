import type { SymbolSpan } from './types.js';

const FUNCTION_KINDS = new Set(['function', 'method', 'constructor', 'accessor']);
const ANONYMOUS = '<anonymous>';

export const isFunction = (s: SymbolSpan): boolean => FUNCTION_KINDS.has(s.kind);
// An inline callback is part of the function around it, not a unit of its own: it is measured for
// length, but only named functions count towards functions-per-file.
export const isNamedFunction = (s: SymbolSpan): boolean => isFunction(s) && !s.name.endsWith(ANONYMOUS);
export const isClass = (s: SymbolSpan): boolean => s.kind === 'class';
export const isEnum = (s: SymbolSpan): boolean => s.kind === 'enum';
