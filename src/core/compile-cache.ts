import module from 'node:module';

/**
 * Keeps V8's compiled code of our bundles between runs (Node 22.1+; a no-op before): the TypeScript
 * compiler alone takes about half a second to compile on every thread that loads it, and a repeated
 * run (a pre-commit hook, the next step of a job) gets it back for a few milliseconds. Node puts the
 * cache in the temporary folder and honours NODE_DISABLE_COMPILE_CACHE.
 */
export function enableCompileCache(): void {
  try {
    module.enableCompileCache?.();
  } catch {
    // A cache that cannot be written (a read-only temporary folder) only costs speed.
  }
}
