/**
 * Binding patterns: parameters, declarations and `catch` bindings. A default value in a binding names
 * nothing (`(f = () => 1) => …` leaves the arrow anonymous, as the compiler's rules do).
 */
import { T, W } from './tokens.js';
import { elementList, type Parser } from './parser.js';
import { assignment, expression } from './expressions.js';

/** `( a, b = 1, {c}, ...d )`: how many parameters; a TypeScript `this` parameter is the compiler's. */
export function parameterList(p: Parser): number {
  if (p.word(1) === W.Literal && p.tokenText(p.i + 1) === 'this') p.fail();
  return elementList(p, bindingElement, false);
}

/** A binding and its default value, if any. */
function bindingElement(p: Parser): void {
  bindingTarget(p);
  if (p.kind() === T.Assign) {
    p.i++;
    assignment(p);
  }
}

/** A name, or an object or array pattern. */
export function bindingTarget(p: Parser): void {
  const kind = p.kind();
  if (kind === T.Word) p.i++;
  else if (kind === T.LBrace) objectPattern(p);
  else if (kind === T.LBracket) arrayPattern(p);
  else p.fail();
}

function objectPattern(p: Parser): void {
  const close = p.closer();
  p.i++;
  while (p.i < close) {
    if (p.kind() === T.Ellipsis) {
      p.i++;
      bindingTarget(p);
    } else {
      patternKey(p);
      const next = p.kind();
      if (next === T.Colon || next === T.Assign) {
        p.i++;
        if (next === T.Colon) bindingElement(p);
        else assignment(p);
      }
    }
    if (p.i < close) p.expect(T.Comma);
  }
  p.endAt(close);
}

function patternKey(p: Parser): void {
  const kind = p.kind();
  if (kind === T.LBracket) {
    const close = p.closer();
    p.i++;
    expression(p);
    p.endAt(close);
  } else if (kind === T.Word || kind === T.Str || kind === T.Num) p.i++;
  else p.fail();
}

function arrayPattern(p: Parser): void {
  elementList(p, bindingElement, true);
}
