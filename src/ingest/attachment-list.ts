/**
 * The 附件说明 of a 公文: after the body, "附件：1．名称" and the numbered names under it ("2．名称"), or
 * one "附件1：名称" line per attachment. A web page links each name to its file, so the line is mostly
 * link text, the form the .html reader takes for navigation; but it is the document's own text (it
 * names the plan an 印发 notice sends), so it is kept.
 */

/** "附件：", "附件1：", "附件 2:" (a 附件 label, with or without its number, and a colon). */
const ATTACHMENT_LABEL = /^附\s*件\s*\d{0,2}\s*[:：]/;
/** A numbered name continuing the list: "2．", "3.", "4、". */
const LIST_CONTINUATION = /^\d{1,2}\s*[.．、]/;

/**
 * A reader of the text units of one document in order: `isAttachmentLine(text)` is true for a 附件
 * label line and for each numbered line that follows it without a break.
 */
export function attachmentListReader(): { isAttachmentLine: (text: string) => boolean } {
  let inList = false;
  return {
    isAttachmentLine(text: string): boolean {
      const t = text.trim();
      inList = ATTACHMENT_LABEL.test(t) || (inList && LIST_CONTINUATION.test(t));
      return inList;
    },
  };
}
