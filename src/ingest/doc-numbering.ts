/**
 * Word 97–2003 automatic numbering (stub: detection only).
 */
import type { Diagnostic } from '../schema/plan.js';

export interface DocNumbering {
  numbers: Array<{ text: string; number: string }>;
  apply(body: string): string;
  note: string | null;
  severity: Diagnostic['severity'];
  code: string;
}

export function recoverDocNumbers(_buf: Buffer): DocNumbering {
  return { numbers: [], apply: (b) => b, note: null, severity: 'info', code: 'doc.numbering' };
}
