export * from './rows.js';
export { stableJson } from './json.js';
