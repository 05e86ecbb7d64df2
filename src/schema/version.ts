/**
 * The version of the JSON a parse gives (plan.ts holds the schema itself). Apart from the zod schema so
 * that the parse pipeline, which only stamps it, does not load zod: the batch worker starts without it.
 */
export const SCHEMA_VERSION = '1' as const;

/** Where an indicator was read (the values of the schema's IndicatorSource), for code that must not load zod. */
export const INDICATOR_SOURCES = ['table', 'goals', 'task'] as const;
