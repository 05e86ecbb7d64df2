/** Parse a small hand-written document given as text, as a .txt file would be. */
import { parsePlanBytes, type PlanDocument } from '../../src/index.js';

export const parseText = (text: string): Promise<PlanDocument> => parsePlanBytes(new TextEncoder().encode(text), 'hand.txt');
