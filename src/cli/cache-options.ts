/** `--cache` and `--cache-location`, the same on every command that parses (see src/cache). */
import { cacheSettings, DEFAULT_CACHE_LOCATION, type CacheSettings } from '../cache/index.js';

export interface CacheFlags {
  cache?: boolean;
  cacheLocation?: string;
}

/** `.option(...CACHE_OPTION).option(...CACHE_LOCATION_OPTION)` in a command's definition */
export const CACHE_OPTION = ['--cache', `reuse the results of files that did not change since the last run (kept in ${DEFAULT_CACHE_LOCATION}/)`] as const;
export const CACHE_LOCATION_OPTION = ['--cache-location <dir>', 'with --cache: keep the cache in this directory'] as const;

/** The cache a command's flags ask for, or null. */
export function cacheFromFlags(flags: CacheFlags): CacheSettings | null {
  return cacheSettings(flags);
}
