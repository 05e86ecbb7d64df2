/** State a command hands back to main(): the exit code (0 ok, 1 check found errors, 2 input/usage failure). */
export interface CliContext {
  exitCode: number;
  setExit(code: number): void;
}

export function createContext(): CliContext {
  return {
    exitCode: 0,
    setExit(code: number) {
      this.exitCode = Math.max(this.exitCode, code);
    },
  };
}
