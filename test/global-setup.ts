import { ensureBuilt } from './helpers/build.js';

/** Build dist/ once before any test file runs, so no two files race to rebuild it. */
export default async function setup(): Promise<void> {
  await ensureBuilt();
}
