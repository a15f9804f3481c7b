// Types of config-validator.cjs, which scripts/config-validator.mjs generates.
import type { Format, ValidateFunction } from 'ajv';

/** The compiled config schema, given the string formats it uses, by name. */
declare function configValidator(formats: Readonly<Record<string, Format>>): ValidateFunction;
export = configValidator;
