/**
 * The version of the JSON a parse gives (plan.ts holds the schema itself). Apart from the zod schema so
 * that the parse pipeline, which only stamps it, does not load zod: the batch worker starts without it.
 */
export const SCHEMA_VERSION = '1' as const;
