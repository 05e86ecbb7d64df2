import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';

/** The bytes of a plan file; an unreadable file is an InputError saying why. */
export async function readPlanFile(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? String(err)})`;
    throw new InputError(path, why);
  }
}
