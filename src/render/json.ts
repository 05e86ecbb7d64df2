/** Pretty JSON with a trailing newline. Key order follows object construction, which is fixed in code. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
