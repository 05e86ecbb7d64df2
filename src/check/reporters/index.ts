/** The output formats of `planlens check --format`. */
import stylish from './stylish.js';
import json from './json.js';
import sarif from './sarif.js';
import github from './github.js';
import type { Reporter } from './common.js';

export type { Reporter, ReportInput, FileFailure } from './common.js';

export const REPORTERS: Readonly<Record<string, Reporter>> = { stylish, json, sarif, github };
export const REPORTER_NAMES = Object.keys(REPORTERS);
