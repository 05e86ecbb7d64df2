/**
 * Check configuration: `.planlensrc.json` found by walking up from the checked file (or given with
 * --config), then `--rule id=level` from the command line. A rule's setting is a level (`"off"`,
 * `"info"`, `"warning"`/`"warn"`, `"error"`, or ESLint's 0/1/2), `[level, options]`, or
 * `{ "severity": level, "options": {…} }`; options are validated by the rule's own zod schema.
 *
 *   { "rules": { "punctuation": "off", "typos": ["error", { "words": [{ "pattern": "布署", "suggest": "部署" }] }] } }
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import { lazyPackage } from '../lazy-package.js';
import { RULES, RULES_BY_ID } from './rules/index.js';
import type { RuleLevel, Zod } from './types.js';

/**
 * zod, loaded when a configuration file or a rule's options are to be validated: a `check` with
 * neither (every CI run without a .planlensrc.json) takes the rules' defaults and never loads it (about
 * 60 ms of a cold start). (zod's CommonJS default export is its `z` namespace.)
 */
const zodNamespace = lazyPackage<Zod>('zod');
const zod = (): { z: Zod } => ({ z: zodNamespace() });

export const CONFIG_FILE = '.planlensrc.json';

/** A configuration problem: one clear line, exit code 2. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

const LEVELS = ['off', 'info', 'warning', 'warn', 'error', 0, 1, 2] as const;
type Level = (typeof LEVELS)[number];
const isLevel = (v: unknown): v is Level => (LEVELS as readonly unknown[]).includes(v);

function configSchema(z: Zod) {
  const Level = z.union([z.enum(['off', 'info', 'warning', 'warn', 'error']), z.literal(0), z.literal(1), z.literal(2)]);
  const RuleSetting = z.union([
    Level,
    z.tuple([Level]),
    z.tuple([Level, z.record(z.string(), z.unknown())]),
    z.object({ severity: Level, options: z.record(z.string(), z.unknown()).optional() }).strict(),
  ]);
  return z
    .object({
      $schema: z.string().optional(),
      $comment: z.string().optional(),
      rules: z.record(z.string(), RuleSetting).default({}),
    })
    .strict();
}
export type ConfigFile = z.infer<ReturnType<typeof configSchema>>;

/** The rules to run on one file: level and validated options of every rule. */
export interface ResolvedRule {
  level: RuleLevel;
  options: unknown;
}
export type ResolvedRules = Map<string, ResolvedRule>;

function toLevel(l: Level): RuleLevel {
  if (l === 0 || l === 'off') return 'off';
  if (l === 1 || l === 'warn' || l === 'warning') return 'warning';
  if (l === 2 || l === 'error') return 'error';
  return 'info';
}

/** The configuration file that applies to `file`: the nearest .planlensrc.json in its directory or above. */
export async function findConfigFile(file: string): Promise<string | null> {
  let dir = dirname(resolve(file));
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // not here; go up
    }
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/** Read and validate a configuration file. */
export async function loadConfigFile(path: string): Promise<ConfigFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(path, code === 'ENOENT' ? 'configuration file not found' : `cannot read configuration (${code})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ConfigError(path, `configuration is not valid JSON: ${(err as Error).message}`);
  }
  const { z } = zod();
  const parsed = configSchema(z).safeParse(json);
  if (!parsed.success) throw new ConfigError(path, `invalid configuration: ${oneLine(z.prettifyError(parsed.error))}`);
  for (const id of Object.keys(parsed.data.rules)) {
    if (!RULES_BY_ID.has(id)) throw new ConfigError(path, `unknown rule "${id}" (rules: ${[...RULES_BY_ID.keys()].join(', ')})`);
  }
  return parsed.data;
}

/** `id=level` strings from --rule, checked. */
export function parseRuleFlags(flags: string[]): Map<string, RuleLevel> {
  const out = new Map<string, RuleLevel>();
  for (const f of flags) {
    const m = /^([a-z0-9-]+)\s*[=:]\s*([a-z0-9]+)$/i.exec(f.trim());
    if (!m) throw new ConfigError('--rule', `"${f}" is not id=level (e.g. --rule punctuation=off)`);
    if (!RULES_BY_ID.has(m[1])) throw new ConfigError('--rule', `unknown rule "${m[1]}" (rules: ${[...RULES_BY_ID.keys()].join(', ')})`);
    const level = /^\d$/.test(m[2]) ? Number(m[2]) : m[2];
    if (!isLevel(level)) throw new ConfigError('--rule', `"${m[2]}" is not a level (off, info, warning, error)`);
    out.set(m[1], toLevel(level));
  }
  return out;
}

/** Every rule with its level and options: defaults, then the file's settings, then --rule flags. */
export function resolveRules(file: ConfigFile | null, flags: Map<string, RuleLevel> = new Map(), source = CONFIG_FILE): ResolvedRules {
  const out: ResolvedRules = new Map();
  for (const rule of RULES) {
    const id = rule.meta.id;
    let level: RuleLevel = rule.meta.defaultSeverity;
    let rawOptions: unknown = {};
    const setting = file?.rules[id];
    if (setting !== undefined) {
      if (Array.isArray(setting)) {
        level = toLevel(setting[0]);
        rawOptions = setting[1] ?? {};
      } else if (typeof setting === 'object') {
        level = toLevel(setting.severity);
        rawOptions = setting.options ?? {};
      } else {
        level = toLevel(setting);
      }
    }
    out.set(id, { level: flags.get(id) ?? level, options: ruleOptions(rule, rawOptions, source) });
  }
  return out;
}

/** A rule's options: its defaults when none are set (a copy: rules never share a mutable object), else validated by its schema. */
function ruleOptions(rule: (typeof RULES)[number], raw: unknown, source: string): unknown {
  if (raw && typeof raw === 'object' && Object.keys(raw).length === 0) return structuredClone(rule.meta.defaults);
  const { z } = zod();
  const parsed = rule.meta.options(z).safeParse(raw);
  if (!parsed.success) throw new ConfigError(source, `options of rule "${rule.meta.id}": ${oneLine(z.prettifyError(parsed.error))}`);
  return parsed.data;
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, '; ').replace(/✖\s*/g, '');
}
