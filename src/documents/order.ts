/** Orders strings by UTF-16 code unit: stable across machines and locales, unlike localeCompare. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
