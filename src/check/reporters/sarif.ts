/**
 * sarif: a SARIF 2.1.0 log (one run) for code-scanning services. Every result has an artifactLocation
 * URI (relative to the working directory, under %SRCROOT%) and a region with startLine ≥ 1; the driver
 * lists every rule with its description, help text and default level; safe fixes are given as SARIF
 * fixes; files that could not be checked are tool execution notifications.
 */
import { pathToFileURL } from 'node:url';
import type { CheckMessage, MessageSeverity } from '../types.js';
import { INLINE_CONFIG_RULE, artifactUri, toolVersion, type Reporter } from './common.js';

const LEVEL: Record<MessageSeverity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

const sarif: Reporter = ({ results, failures, rules, cwd }) => {
  const driverRules = [
    ...rules.map((r) => ({
      id: r.meta.id,
      name: camel(r.meta.id),
      shortDescription: { text: r.meta.description },
      fullDescription: { text: r.meta.docs },
      help: { text: r.meta.docs },
      defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
      properties: { fixable: r.meta.fixable },
    })),
  ];
  const usesInline = results.some((r) => r.messages.some((m) => m.ruleId === INLINE_CONFIG_RULE.id));
  if (usesInline) {
    driverRules.push({
      id: INLINE_CONFIG_RULE.id,
      name: camel(INLINE_CONFIG_RULE.id),
      shortDescription: { text: INLINE_CONFIG_RULE.description },
      fullDescription: { text: INLINE_CONFIG_RULE.docs },
      help: { text: INLINE_CONFIG_RULE.docs },
      defaultConfiguration: { level: 'warning' },
      properties: { fixable: false },
    });
  }
  const ruleIndex = new Map(driverRules.map((r, i) => [r.id, i]));

  const artifacts: { location: { uri: string; uriBaseId: string }; sourceLanguage?: string }[] = [];
  const out = [];
  for (const r of results) {
    const uri = artifactUri(r.file, cwd);
    const index = artifacts.length;
    artifacts.push({ location: { uri, uriBaseId: '%SRCROOT%' } });
    for (const m of r.messages) out.push(result(m, uri, index, ruleIndex.get(m.ruleId)));
  }

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'planlens',
            version: toolVersion(),
            semanticVersion: toolVersion(),
            rules: driverRules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        artifacts,
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: failures.length === 0,
            toolExecutionNotifications: failures.map((f) => ({
              level: 'error',
              message: { text: f.message },
              locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(f.file, cwd), uriBaseId: '%SRCROOT%' } } }],
            })),
          },
        ],
        results: out,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function result(m: CheckMessage, uri: string, artifactIndex: number, ruleIdx: number | undefined) {
  const region: Record<string, number> = { startLine: Math.max(1, m.line), startColumn: Math.max(1, m.column) };
  if (m.endLine !== undefined && m.endLine >= region.startLine) region.endLine = m.endLine;
  if (m.endColumn !== undefined && (m.endLine ?? m.line) === m.line && m.endColumn > region.startColumn) region.endColumn = m.endColumn;
  const artifactLocation = { uri, uriBaseId: '%SRCROOT%', index: artifactIndex };
  const res: Record<string, unknown> = {
    ruleId: m.ruleId,
    ...(ruleIdx !== undefined ? { ruleIndex: ruleIdx } : {}),
    level: LEVEL[m.severity],
    message: { text: m.message },
    locations: [{ physicalLocation: { artifactLocation, region } }],
  };
  if (m.fix) {
    res.fixes = [
      {
        description: { text: m.fix.kind === 'debris' ? 'remove conversion debris' : 'use full-width punctuation' },
        artifactChanges: [
          {
            artifactLocation,
            replacements: [
              {
                deletedRegion: { startLine: m.fix.line, startColumn: m.fix.column, endLine: m.fix.endLine, endColumn: m.fix.endColumn },
                insertedContent: { text: m.fix.text },
              },
            ],
          },
        ],
      },
    ];
  }
  return res;
}

function camel(id: string): string {
  return id.replace(/-([a-z])/g, (_, ch: string) => ch.toUpperCase()).replace(/^./, (ch) => ch.toUpperCase());
}

export default sarif;
