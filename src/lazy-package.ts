/**
 * Packages loaded on first use, synchronously: iconv-lite and chardet (needed only for a file that is
 * not UTF-8) and htmlparser2 (only for the HTML comments `check` reads). A cold `check` of a UTF-8 .txt
 * never compiles them (about 80 ms of the bundled CLI's start-up). They are CommonJS or have a
 * `require` export, so Node's require loads them from node_modules, from the sources as from the
 * bundle (esbuild cannot follow a require of a name held in a variable, so such a package stays out of
 * the bundle without being listed as external in scripts/build-cli.mjs).
 */
import { createRequire } from 'node:module';

const loadPackage = createRequire(import.meta.url);

/** A getter that loads the package the first time it is called. */
export function lazyPackage<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => {
    if (loaded === undefined) {
      const m = loadPackage(name) as T & { default?: T };
      loaded = (m.default ?? m) as T;
    }
    return loaded;
  };
}

export const iconvLite = lazyPackage<typeof import('iconv-lite')>('iconv-lite');
export const chardetLib = lazyPackage<typeof import('chardet')>('chardet');
export const htmlparser2 = lazyPackage<typeof import('htmlparser2')>('htmlparser2');
