/**
 * An error about one input file that the user can act on. The CLI prints it as one line
 * (`planlens: <file>: <message>`) with exit code 2 and no stack trace.
 */
export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** The first line of an error's message: what a one-line report of a reader's failure quotes. */
export function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0];
}
