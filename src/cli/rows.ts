/**
 * What the row-shaped commands (indicators, tasks, units) share: the --format check and writing the
 * rendered rows.
 */
import { isRowFormat, renderRows, ROW_FORMATS, type ColumnSpec, type RenderOptions, type Row, type RowFormat } from '../render/index.js';
import { writeOutput, type Reporter } from './io.js';
import type { CacheFlags } from './cache-options.js';

export interface RowCommandOptions extends CacheFlags {
  format: string;
  output?: string;
}

/** The --format value checked; an unknown format or xlsx bytes to a terminal is a usage error (exit 2). */
export function checkRowFormat(command: string, opts: RowCommandOptions): RowFormat | null {
  if (!isRowFormat(opts.format)) {
    process.stderr.write(`planlens: ${command}: unknown format "${opts.format}" (use ${ROW_FORMATS.join(', ')})\n`);
    return null;
  }
  if (opts.format === 'xlsx' && !opts.output && process.stdout.isTTY) {
    process.stderr.write(`planlens: ${command}: xlsx is binary; write it with -o <file>.xlsx or redirect stdout\n`);
    return null;
  }
  return opts.format;
}

/** Render rows and write them; several documents get a file column and one xlsx sheet per file. */
export async function emitRows(columns: ColumnSpec[], rows: Row[], format: RowFormat, output: string | undefined, reporter: Reporter, options: RenderOptions = {}): Promise<void> {
  const content = await renderRows(columns, rows, format, options);
  await writeOutput(content, output, reporter);
}

