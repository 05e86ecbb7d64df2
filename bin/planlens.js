#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

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
