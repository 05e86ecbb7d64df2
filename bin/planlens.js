#!/usr/bin/env node
// The one-file CLI (scripts/build-cli.mjs bundles src/cli/main.ts and its dependencies): one module to read at start-up.
import { main } from '../dist/bundle/planlens.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    const debug = process.argv.includes('--debug');
    process.stderr.write(`planlens: internal error: ${debug ? err.stack : err.message} (run with --debug for details)\n`);
    process.exitCode = 2;
  },
);
