/** Per-host manners: at most `concurrency` requests in flight, starts `intervalMs` apart, and a pause a server asked for. */
export interface HostLimiter {
  /** Waits for a slot on `host`; call the returned function when the request is done. */
  acquire(host: string): Promise<() => void>;
  /** Milliseconds left of a pause the host asked for (429/503 Retry-After), 0 when none. */
  pausedFor(host: string): number;
  /** Remembers that the host asked us to wait `ms` before the next request. */
  pause(host: string, ms: number): void;
}

interface HostState {
  active: number;
  waiting: (() => void)[];
  /** Epoch ms before which the next request may not start. */
  nextStart: number;
  /** Epoch ms until which the host asked not to be fetched. */
  pausedUntil: number;
}

export function createHostLimiter(opts: { concurrency: number; intervalMs: number; now: () => Date; sleep?: (ms: number) => Promise<void> }): HostLimiter {
  const hosts = new Map<string, HostState>();
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((ok) => setTimeout(ok, ms)));
  const state = (host: string): HostState => {
    let s = hosts.get(host);
    if (!s) hosts.set(host, (s = { active: 0, waiting: [], nextStart: 0, pausedUntil: 0 }));
    return s;
  };
  const release = (s: HostState) => () => {
    s.active--;
    s.waiting.shift()?.();
  };
  return {
    async acquire(host) {
      const s = state(host);
      if (s.active >= opts.concurrency) await new Promise<void>((ok) => s.waiting.push(ok));
      s.active++;
      // Book the start time before sleeping, so that waiters queue up one interval apart.
      const now = opts.now().getTime();
      const start = Math.max(now, s.nextStart);
      s.nextStart = start + opts.intervalMs;
      if (start > now) await sleep(start - now);
      return release(s);
    },
    pausedFor(host) {
      return Math.max(0, state(host).pausedUntil - opts.now().getTime());
    },
    pause(host, ms) {
      const s = state(host);
      s.pausedUntil = Math.max(s.pausedUntil, opts.now().getTime() + ms);
    },
  };
}
