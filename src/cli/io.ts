/** What a command may touch of the outside world: injected so that tests run `main` in-process. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stdout is a terminal (ANSI highlighting). */
  stdoutIsTTY: boolean;
  /** True when stderr is a terminal (progress bar instead of a summary line). */
  stderrIsTTY: boolean;
  /** The stream a progress bar draws on. */
  progressStream?: NodeJS.WritableStream;
  stdin: AsyncIterable<Uint8Array | string>;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  fetch?: typeof globalThis.fetch;
  now?: () => Date;
  /** Resolves when `serve` should stop (default: SIGINT or SIGTERM). */
  shutdown?: () => Promise<void>;
  /** Called by `serve` once it listens, with its URL. */
  onListening?: (url: string) => void;
}

export function processIo(): Io {
  // A closed pipe (`isnad search x | head`) ends the output, not the process with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT_OK);
    throw e;
  });
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    progressStream: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    shutdown: () =>
      new Promise((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      }),
  };
}

/** Input was rejected: exit code 1, with a message saying which input and why. */
export class InputRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputRejected';
  }
}

export const EXIT_OK = 0;
export const EXIT_REJECTED = 1;
export const EXIT_USAGE = 2;
