/** The text cut before each offset (ascending), pieces trimmed, empty pieces left out. */
export function cutAt(text: string, offsets: readonly number[]): string[] {
  const out: string[] = [];
  let from = 0;
  for (const c of offsets) {
    out.push(text.slice(from, c).trim());
    from = c;
  }
  out.push(text.slice(from).trim());
  return out.filter(Boolean);
}
