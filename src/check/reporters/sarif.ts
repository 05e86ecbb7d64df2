/**
 * sarif: a SARIF 2.1.0 log (one run) for code-scanning services, valid for Microsoft's SARIF multitool
 * (`validate`; test/sarif-validator.test.ts). Every result has an artifactLocation (a relative URI under
 * %SRCROOT%, the working directory, for a file inside it; an absolute file: URI without a base id for one
 * outside) and a region with startLine ≥ 1; the driver lists every rule with its name, description, help
 * text and default level; safe fixes are given as SARIF fixes; files that could not be checked are tool
 * execution notifications.
 */
import { pathToFileURL } from 'node:url';
import type { CheckMessage, MessageSeverity } from '../types.js';
import { join } from 'node:path';
import { INLINE_CONFIG_RULE, SRCROOT, artifactLocation, toolVersion, type Reporter } from './common.js';
import { packageRoot } from '../../package-info.js';

/** IANA media types of the formats planlens reads (by FileResult.format). */
const MIME_TYPE: Record<string, string> = {
  txt: 'text/plain',
  doc: 'application/msword',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
};

const LEVEL: Record<MessageSeverity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

const sarif: Reporter = ({ results, failures, rules, cwd }) => {
  const driverRules = [
    ...rules.map((r) => ({
      id: r.meta.id,
      name: r.meta.name,
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
      name: INLINE_CONFIG_RULE.name,
      shortDescription: { text: INLINE_CONFIG_RULE.description },
      fullDescription: { text: INLINE_CONFIG_RULE.docs },
      help: { text: INLINE_CONFIG_RULE.docs },
      defaultConfiguration: { level: 'warning' },
      properties: { fixable: false },
    });
  }
  const ruleIndex = new Map(driverRules.map((r, i) => [r.id, i]));

  const artifacts: { location: { uri: string; uriBaseId?: string }; mimeType?: string; roles: string[] }[] = [];
  const out = [];
  for (const r of results) {
    const location = artifactLocation(r.file, cwd);
    const index = artifacts.length;
    const mimeType = MIME_TYPE[r.format];
    artifacts.push({ location, ...(mimeType ? { mimeType } : {}), roles: ['analysisTarget'] });
    for (const m of r.messages) out.push(result(m, location, index, ruleIndex.get(m.ruleId)));
  }

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'planlens',
            // the README of the installed package: always there, and says what every command and rule does
            informationUri: pathToFileURL(join(packageRoot(), 'README.md')).href,
            version: toolVersion(),
            semanticVersion: toolVersion(),
            rules: driverRules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        artifacts,
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: failures.length === 0,
            toolExecutionNotifications: failures.map((f) => ({
              level: 'error',
              message: { text: f.message },
              locations: [{ physicalLocation: { artifactLocation: artifactLocation(f.file, cwd) } }],
            })),
          },
        ],
        results: out,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function result(m: CheckMessage, location: { uri: string; uriBaseId?: string }, artifactIndex: number, ruleIdx: number | undefined) {
  const region: Record<string, number> = { startLine: Math.max(1, m.line), startColumn: Math.max(1, m.column) };
  if (m.endLine !== undefined && m.endLine >= region.startLine) region.endLine = m.endLine;
  if (m.endColumn !== undefined && (m.endLine ?? m.line) === m.line && m.endColumn > region.startColumn) region.endColumn = m.endColumn;
  const artifactLocation = { ...location, index: artifactIndex };
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

export default sarif;
