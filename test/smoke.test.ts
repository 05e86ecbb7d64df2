import { describe, expect, it } from 'vitest';
import { parsePlan, PlanDocument } from '../src/index.js';

describe('parsePlan', () => {
  it('parses a sample to schema-valid JSON', async () => {
    const doc = await parsePlan('fixtures/txt/000_15d9cfafcb8c96c1.txt');
    expect(PlanDocument.safeParse(doc).success).toBe(true);
    expect(doc.source.format).toBe('txt');
  });
});
