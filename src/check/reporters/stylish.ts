/**
 * stylish (default): messages grouped per file, one line each (line:column, severity, message, rule id),
 * then a summary line. Coloured when the CLI says so (a TTY without NO_COLOR or --no-color).
 */
import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import type { Reporter } from './common.js';

// messages longer than this are not padded: the rule id simply follows
const MAX_PAD = 80;

const stylish: Reporter = ({ results, color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  let out = '';
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const r of results) {
    if (r.messages.length === 0) continue;
    errors += r.errorCount;
    warnings += r.warningCount;
    infos += r.infoCount;
    fixable += r.fixableCount;
    out += `\n${c.underline(r.file)}\n`;
    const rows = r.messages.map((m) => ({ pos: `${m.line}:${m.column}`, severity: m.severity, message: m.message.replace(/\s*\n\s*/g, ' '), rule: m.ruleId }));
    const posWidth = Math.max(...rows.map((x) => x.pos.length));
    const sevWidth = Math.max(...rows.map((x) => x.severity.length));
    const msgWidth = Math.min(MAX_PAD, Math.max(...rows.map((x) => stringWidth(x.message))));
    for (const x of rows) {
      const sev = x.severity.padEnd(sevWidth);
      const sevColored = x.severity === 'error' ? c.red(sev) : x.severity === 'warning' ? c.yellow(sev) : c.blue(sev);
      const pad = Math.max(0, msgWidth - stringWidth(x.message));
      out += `  ${c.dim(x.pos.padStart(posWidth))}  ${sevColored}  ${x.message}${' '.repeat(pad)}  ${c.dim(x.rule)}\n`;
    }
  }
  const total = errors + warnings + infos;
  if (total === 0) return out;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const summary = `${errors > 0 ? '✖' : '⚠'} ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}${infos ? `, ${plural(infos, 'info')}` : ''})`;
  out += `\n${errors > 0 ? c.red.bold(summary) : c.yellow.bold(summary)}\n`;
  if (fixable > 0) out += `  ${plural(fixable, 'problem')} can be fixed with --fix (safe fixes only: debris, punctuation width)\n`;
  return out;
};

export default stylish;
