/**
 * The function contexts that decide what `await` and `yield` are: operators inside async functions and
 * generators, and elsewhere when a name or literal follows on the same line (the compiler's reading);
 * otherwise plain names inside a function. At the top level, modules and scripts read them differently:
 * those are left to the compiler.
 */
import type { Parser } from './parser.js';
import { T } from './tokens.js';

export interface FunctionContext {
  readonly inFunction: boolean;
  readonly inAsync: boolean;
  readonly inGenerator: boolean;
}

export const TOP_LEVEL: FunctionContext = { inFunction: false, inAsync: false, inGenerator: false };

const NAME_OR_LITERAL = new Set<number>([T.Word, T.Num, T.Str, T.Template]);

/** Whether the `await` or `yield` at the cursor is an operator; `inItsContext`: inside an async function (a generator). */
export function isOperatorWord(p: Parser, inItsContext: boolean): boolean {
  if (inItsContext) return true;
  if (!p.newlineBefore(1) && NAME_OR_LITERAL.has(p.kind(1))) return true;
  if (!p.context.inFunction) p.fail();
  return false;
}

/** Reads with `context` in force, then restores the one before. */
export function withContext<R>(p: Parser, context: FunctionContext, read: () => R): R {
  const outer = p.context;
  p.context = context;
  try {
    return read();
  } finally {
    p.context = outer;
  }
}
