/**
 * A mistake in what the user gave us (config, inputs, flags). It carries a message that says what is
 * wrong and where, and maps to exit code 2 / `setFailed` with the fix. Anything else thrown is a bug.
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/** Turns any thrown value into a readable message; nothing is swallowed. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}
