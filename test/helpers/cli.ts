/** Run the CLI's main() in this process, capturing what it writes. */
import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/**
 * `planlens …args` in-process. Binary output (xlsx) is kept byte for byte as latin1 text when
 * `binary` is set; otherwise chunks are joined as strings.
 */
export async function runCliInProcess(args: string[], options: { binary?: boolean } = {}): Promise<CliResult> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += typeof s === 'string' || !options.binary ? String(s) : Buffer.from(s).toString('latin1')), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  try {
    return { code: await main(['node', 'planlens', ...args]), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}
