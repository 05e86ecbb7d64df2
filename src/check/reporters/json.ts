/** json: the `check --format json` shape of the contract, one object per checked file. */
import type { Reporter } from './common.js';

const json: Reporter = ({ results }) =>
  JSON.stringify(
    results.map((r) => ({
      file: r.file,
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      infoCount: r.infoCount,
      fixableCount: r.fixableCount,
      messages: r.messages,
    })),
    null,
    2,
  ) + '\n';

export default json;
