/**
 * github: GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::message`), which the
 * Actions runner turns into annotations on the changed files. Values are escaped as the runner expects:
 * `%` `\r` `\n` in the message, and also `:` `,` in properties.
 */
import { relativePath, type Reporter } from './common.js';

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

const github: Reporter = ({ results, cwd }) => {
  let out = '';
  for (const r of results) {
    const file = relativePath(r.file, cwd);
    for (const m of r.messages) {
      const props = [`file=${escapeProperty(file)}`, `line=${m.line}`, `col=${m.column}`];
      if (m.endLine !== undefined) props.push(`endLine=${m.endLine}`);
      if (m.endColumn !== undefined) props.push(`endColumn=${m.endColumn}`);
      props.push(`title=${escapeProperty(`planlens ${m.ruleId}`)}`);
      out += `::${COMMAND[m.severity]} ${props.join(',')}::${escapeData(`${m.message} (${m.ruleId})`)}\n`;
    }
  }
  return out;
};

export default github;
