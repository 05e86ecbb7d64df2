// The ingest thread when planlens runs from its TypeScript sources (vitest, tsx): registers tsx (a
// devDependency) and runs ingest-worker.ts. The builds (dist/batch, dist/bundle) never use it.
import { register } from 'tsx/esm/api';

register();
await import('./ingest-worker.ts');
