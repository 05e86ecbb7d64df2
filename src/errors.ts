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
