/**
 * Worker-thread side of the batch pool (pool.ts, on piscina): parses one file per task and returns the
 * PlanDocument (or its JSON) or the error, phrased as the CLI prints it. Modules (and nodejieba, if a file
 * needs it) load once per worker and serve every file the worker is given.
 *
 * The first thing a task does is say so on its `started` port: the pool starts the file's time limit
 * then, so a worker's start-up (loading the modules) never counts against a file.
 */
import type { MessagePort } from 'node:worker_threads';
import { parsePlanBytes, readPlanFile } from '../parse.js';
import { ResultCache } from '../cache/index.js';
import { parsePlanCached } from '../cache/plans.js';
import { serialize, toOutcomeError, type WorkerReply, type WorkerRequest } from './protocol.js';

export interface WorkerTask {
  req: WorkerRequest;
  started: MessagePort;
}

const caches = new Map<string, ResultCache>();
const cacheFor = (req: WorkerRequest): ResultCache | null => {
  if (!req.cache) return null;
  let c = caches.get(req.cache.location);
  if (!c) caches.set(req.cache.location, (c = new ResultCache(req.cache)));
  return c;
};

// Start-up: a two-line plan parsed once, so the .txt reader (loaded lazily by ingest) and the stages are
// loaded before the worker takes a file and their loading never counts against a file's time limit.
await parsePlanBytes(new TextEncoder().encode('一、总体要求\n加强保护。\n'), 'warm-up.txt', { canonicalNames: 'exact' });

export default async function parseTask({ req, started }: WorkerTask): Promise<WorkerReply> {
  started.postMessage(true);
  started.close();
  const t0 = performance.now();
  try {
    const bytes = await readPlanFile(req.file);
    const doc = await parsePlanCached(bytes, req.file, req.displayPath === undefined ? {} : { displayPath: req.displayPath }, cacheFor(req));
    return { id: req.id, ...serialize(doc, req.format), error: null, ms: performance.now() - t0 };
  } catch (err) {
    return { id: req.id, doc: null, text: null, error: toOutcomeError(req.file, err), ms: performance.now() - t0 };
  }
}
