// The tokenizer thread when planlens runs from its TypeScript sources (vitest, tsx): registers tsx (a
// devDependency) and runs tokenizer-worker.ts. The builds (dist/batch, dist/bundle) never use it.
import { register } from 'tsx/esm/api';

register();
await import('./tokenizer-worker.ts');
