/**
 * Worker-thread side of the batch pool (pool.ts): parses one file per message and posts back either the
 * PlanDocument or the error, phrased as the CLI prints it. Modules (and nodejieba, if a file needs it)
 * load once per worker and serve every file the worker is given.
 */
import { parentPort } from 'node:worker_threads';
import { readPlanFile } from '../parse.js';
import { ResultCache } from '../cache/index.js';
import { parsePlanCached } from '../cache/plans.js';
import { serialize, toOutcomeError, type WorkerReply, type WorkerRequest } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('src/batch/worker.ts must run in a worker thread');

const caches = new Map<string, ResultCache>();
const cacheFor = (req: WorkerRequest): ResultCache | null => {
  if (!req.cache) return null;
  let c = caches.get(req.cache.location);
  if (!c) caches.set(req.cache.location, (c = new ResultCache(req.cache)));
  return c;
};

port.on('message', async (req: WorkerRequest) => {
  const started = performance.now();
  let reply: WorkerReply;
  try {
    const bytes = await readPlanFile(req.file);
    const doc = await parsePlanCached(bytes, req.file, req.displayPath === undefined ? {} : { displayPath: req.displayPath }, cacheFor(req));
    reply = { id: req.id, ...serialize(doc, req.format), error: null, ms: performance.now() - started };
  } catch (err) {
    reply = { id: req.id, doc: null, text: null, error: toOutcomeError(req.file, err), ms: performance.now() - started };
  }
  port.postMessage(reply);
});

// modules loaded: the pool starts the per-file clock only from here
port.postMessage({ ready: true });
