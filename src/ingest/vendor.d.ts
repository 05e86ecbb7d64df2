// Modules shipped without type declarations, as far as planlens uses them.

declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}

declare module 'word-extractor' {
  interface ExtractedDocument {
    getBody(options?: { filterUnicode?: boolean }): string;
    getFootnotes(options?: { filterUnicode?: boolean }): string;
    getEndnotes(options?: { filterUnicode?: boolean }): string;
    getHeaders(options?: { filterUnicode?: boolean; includeFooters?: boolean }): string;
    getFooters(options?: { filterUnicode?: boolean }): string;
    getAnnotations(options?: { filterUnicode?: boolean }): string;
    getTextboxes(options?: { filterUnicode?: boolean; includeHeadersAndFooters?: boolean; includeBody?: boolean }): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<ExtractedDocument>;
  }
}

declare module 'word-extractor/lib/ole-compound-doc.js';
declare module 'word-extractor/lib/buffer-reader.js';

declare module 'mammoth/lib/style-reader.js' {
  const styleReader: { readStyle(text: string): unknown; __planlensMemo?: true };
  export default styleReader;
}

declare module 'mammoth/lib/xml/index.js' {
  const xml: {
    readString(xml: string, namespaceMap?: Record<string, string>): Promise<unknown>;
    Element: new (name: string, attributes: Record<string, string>, children: unknown[]) => unknown;
    text(value: string): unknown;
  };
  export default xml;
}
