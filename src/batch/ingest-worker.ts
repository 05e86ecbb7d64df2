/**
 * The ingest thread (see ingest-ahead.ts): reads the files of a batch in order and runs the ingest stage
 * on each (bytes → blocks: mammoth for .docx, pdfjs for .pdf, the text readers), while the main thread
 * segments and extracts the files before. It keeps at most the window the main thread allows ahead of
 * what it has taken, so memory stays bounded however long the list is.
 *
 * Messages in: `{ upTo }` (ingest the files of its list before position upTo). Out: one IngestReply per
 * file, in order, the file's bytes transferred (not copied) with it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readPlanFile } from '../ingest/read-file.js';
import { formatOf, ingest } from '../ingest/index.js';
import type { IngestReply, IngestThreadData } from './ingest-protocol.js';
import { toOutcomeError } from './protocol.js';

const { files } = workerData as IngestThreadData;
const port = parentPort!;
let upTo = 0;
let next = 0;
let wake: (() => void) | null = null;

port.on('message', (msg: { upTo: number }) => {
  upTo = Math.max(upTo, msg.upTo);
  wake?.();
});

while (next < files.length) {
  if (next >= upTo) {
    await new Promise<void>((resolve) => (wake = resolve));
    wake = null;
    continue;
  }
  const { index, file } = files[next++];
  let reply: IngestReply;
  let bytes: Uint8Array | null = null;
  try {
    bytes = await readPlanFile(file);
    reply = { index, bytes, ingested: await ingest(bytes, file, formatOf(file)), error: null };
  } catch (err) {
    reply = { index, bytes, ingested: null, error: toOutcomeError(file, err) };
  }
  const transfer = bytes && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : [];
  port.postMessage(reply, transfer);
}
port.close();
