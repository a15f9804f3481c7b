/**
 * Action inputs read through a typed table: each action declares its inputs once, a test checks the
 * table against its action.yml, and every value arrives parsed (a typo in a name fails that test instead
 * of reading as an empty input).
 */
import * as core from '@actions/core';
import { ConfigurationError } from '../core/errors.js';

export type InputSpec =
  | { readonly kind: 'text' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'secret' }
  | { readonly kind: 'choice'; readonly values: readonly string[] };

export type InputTable = Readonly<Record<string, InputSpec>>;

type ValueOf<S extends InputSpec> = S extends { kind: 'boolean' }
  ? boolean
  : S extends { kind: 'choice'; values: readonly (infer V)[] }
    ? V
    : string;

/** Every input as read: undefined when the workflow left it empty, so the config file decides. */
export type InputValues<T extends InputTable> = { [K in keyof T]: ValueOf<T[K]> | undefined };

export const text = () => ({ kind: 'text' }) as const;
export const flag = () => ({ kind: 'boolean' }) as const;
/** A token: masked in the log before anything can print it. */
export const secret = () => ({ kind: 'secret' }) as const;
export const choice = <const V extends readonly string[]>(values: V) => ({ kind: 'choice', values }) as const;

function readOne(name: string, spec: InputSpec): string | boolean | undefined {
  const raw = core.getInput(name).trim();
  if (raw === '') return undefined;
  switch (spec.kind) {
    case 'secret':
      core.setSecret(raw);
      return raw;
    case 'boolean':
      if (/^(true|false)$/i.test(raw)) return raw.toLowerCase() === 'true';
      throw new ConfigurationError(`The input "${name}" must be true or false, not "${raw}".`);
    case 'choice':
      if (spec.values.includes(raw)) return raw;
      throw new ConfigurationError(`The input "${name}" must be one of ${spec.values.join(', ')}, not "${raw}".`);
    default:
      return raw;
  }
}

/** Reads and checks every input of the table. */
export function readInputs<T extends InputTable>(table: T): InputValues<T> {
  const values: Record<string, string | boolean | undefined> = {};
  for (const [name, spec] of Object.entries(table)) values[name] = readOne(name, spec);
  return values as InputValues<T>;
}
