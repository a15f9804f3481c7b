import * as core from '@actions/core';
import type { Logger } from '../core/logger.js';

/** The engines' logger inside a workflow step: the runner's log levels and annotations. */
export const coreLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  error: (message) => core.error(message),
};
