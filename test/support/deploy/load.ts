/** Continuous HTTP load from autocannon while a test switches traffic; stop() returns what the clients saw. */
import autocannon from 'autocannon';

export interface LoadResult {
  requests: number;
  ok: number;
  /** connection errors, resets and timeouts */
  errors: number;
  non2xx: number;
  requestsPerSecond: number;
}

export interface Load {
  stop(): Promise<LoadResult>;
}

/** Starts load on `url`; it runs until stop() (or `maxSeconds`, so a forgotten load cannot run forever). */
export function startLoad(url: string, options: { connections?: number; maxSeconds?: number } = {}): Load {
  let finish: (result: autocannon.Result) => void = () => undefined;
  let failure: (error: Error) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => ((finish = resolve), (failure = reject)));
  const instance = autocannon(
    { url, connections: options.connections ?? 20, duration: options.maxSeconds ?? 120, timeout: 10 },
    (error, result) => (error ? failure(error) : finish(result)),
  );
  return {
    async stop() {
      instance.stop();
      const result = await done;
      const ok = result['2xx'];
      const errors = result.errors + result.timeouts;
      const seconds = Math.max(result.duration, 0.001);
      return {
        requests: ok + result.non2xx + errors,
        ok,
        errors,
        non2xx: result.non2xx,
        requestsPerSecond: ok / seconds,
      };
    },
  };
}
