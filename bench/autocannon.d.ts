// The part of autocannon's API bench/web.ts uses (the package ships no types).
declare module 'autocannon' {
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    /** Requests to send in all, instead of a duration. */
    amount?: number;
    requests?: { path?: string; setupRequest?: (req: { path: string }) => { path: string } }[];
  }
  interface Result {
    requests: { average: number; total: number };
    non2xx: number;
    errors: number;
    duration: number;
  }
  interface Instance extends Promise<Result> {
    on(event: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
  }
  function autocannon(opts: Options): Instance;
  export default autocannon;
}
