/**
 * mammoth parses its style map (its ~30 default rules and ours) again for every document it converts:
 * 3 ms a .docx, a tenth of parsing a 100-document batch. A style rule's parse depends on its text only
 * and the converter only reads the result (mammoth/lib/document-to-html.js matches `from` and takes
 * `to`), so this module remembers it. It must be evaluated before mammoth's index module, which takes
 * the function from mammoth/lib/style-reader.js when it loads: docx.ts imports it first.
 * test/ingest-docx.test.ts checks that the HTML stays that of mammoth alone.
 */
// a static import, so that the bundle patches the very module its mammoth uses
import styleReader from 'mammoth/lib/style-reader.js';

if (!styleReader.__planlensMemo) {
  const readStyle = styleReader.readStyle;
  const parsed = new Map<string, unknown>();
  styleReader.readStyle = (text: string) => {
    let rule = parsed.get(text);
    if (rule === undefined) parsed.set(text, (rule = readStyle(text)));
    return rule;
  };
  styleReader.__planlensMemo = true;
}
