/**
 * The label of a 专栏 box (`专栏3`, `专栏 十二`): the ingest readers find boxes by it, the outline numbers
 * them by it. One source, so that what the readers keep as a box is what the outline can number.
 */

/** The box's number as written: up to three digits or three Chinese numerals. */
export const BOX_NUMBER_SOURCE = String.raw`(?:\d{1,3}|[一二三四五六七八九十]{1,3})`;

/** `专栏` and its number (captured), spaces of any width between. */
export const BOX_LABEL_SOURCE = String.raw`专栏\s*(${BOX_NUMBER_SOURCE})`;
