/** Where engines report progress. The actions pass one backed by @actions/core, the CLI one on stderr. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
}

/** A logger that drops everything: for tests and library use that wants silence. */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
};
