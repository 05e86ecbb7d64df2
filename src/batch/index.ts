/** Batch parsing: a worker-thread pool, a progress bar for long batches. */
export { parseFilesParallel, defaultJobs, MIN_FILES_FOR_WORKERS, MIN_FILES_PER_WORKER, type ParallelOptions } from './pool.js';
export type { FileOutcome, OutcomeError, OutcomeFormat } from './protocol.js';
export { createProgress, PROGRESS_MIN_FILES, type Progress } from './progress.js';
