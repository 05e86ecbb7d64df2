// The batch worker when planlens runs from its TypeScript sources (vitest, tsx): piscina imports this
// file in each worker thread, which registers tsx (a devDependency) and hands on worker.ts's task
// function. The builds (dist/batch/worker.js, dist/bundle/worker.js) never use it.
import { register } from 'tsx/esm/api';

register();
const { default: parseTask } = await import('./worker.ts');
export default parseTask;
