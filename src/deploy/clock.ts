import { setTimeout as sleep } from 'node:timers/promises';

/** Time as the deploy engine sees it: passed in, so tests and the demo can drive it. */
export interface Clock {
  /** milliseconds since the epoch */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => sleep(Math.max(0, ms)),
};
