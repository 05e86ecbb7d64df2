/**
 * A table head written over two rows: a cell merged across columns over the cells that divide it
 * (`责任单位` over `牵头单位 | 配合单位`), the other heads merged down both rows (`序号`, `工作任务`). The
 * columns are named by the lower row where it divides a head, by the upper row elsewhere, and the data
 * start under the lower row.
 */
const SUB_HEAD_MAX = 12;

/**
 * The head names of the columns, read from row `h` and, where it divides that row's heads, row `h + 1`;
 * `last` is the last row of the head. `isHead` says whether a cell reads as a column head.
 */
export function headRows(grid: string[][], h: number, isHead: (cell: string) => boolean): { head: string[]; last: number } {
  const top = grid[h];
  const below = grid[h + 1];
  if (!below) return { head: top, last: h };
  let divides = false;
  for (let i = 0; i < top.length; i++) {
    const cell = below[i] ?? '';
    if (cell === top[i]) continue; // a head merged down both rows
    if (!cell || [...cell].length > SUB_HEAD_MAX || !isHead(cell)) return { head: top, last: h };
    // a lower head divides an upper one merged across it: the same upper text stands over its neighbours
    if (top[i] !== top[i - 1] && top[i] !== top[i + 1]) return { head: top, last: h };
    divides = true;
  }
  return divides ? { head: top.map((c, i) => (below[i] && below[i] !== c ? below[i] : c)), last: h + 1 } : { head: top, last: h };
}
