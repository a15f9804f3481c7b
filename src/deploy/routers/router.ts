/** One interface for every way traffic reaches the colours: the router says which colour is live and switches it. */
import type { Color } from '../settings.js';

/** Which colour receives new traffic: one of them, none (nothing deployed yet), or both (a switch cut short). */
export type LiveState = Color | 'none' | 'both';

export interface Router {
  /** what and where, for messages: `HAProxy backend "app" on /run/haproxy/admin.sock` */
  readonly description: string;
  live(): Promise<LiveState>;
  /** Sends all new traffic to `color` and none to the other, in one step; throws when the router refuses. */
  switchTo(color: Color): Promise<void>;
}

/** The router refused or failed: traffic stays where the router left it, which the message says when known. */
export class RouterError extends Error {
  override name = 'RouterError';
}
