import type { Io } from '../io.js';

const BOLD = '\u001b[1m';
const RESET = '\u001b[22m';

/** ANSI bold on a terminal (unless NO_COLOR is set), `**word**` when piped. */
export function highlighterFor(io: Pick<Io, 'stdoutIsTTY' | 'env'>): (word: string) => string {
  return io.stdoutIsTTY && !io.env.NO_COLOR ? (w) => `${BOLD}${w}${RESET}` : (w) => `**${w}**`;
}
