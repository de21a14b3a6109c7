/** A whole number typed in a field, within [min, max]; null when empty or not a number. */
export function wholeNumber(text: string, min: number, max: number): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isInteger(n) ? Math.max(min, Math.min(max, n)) : null;
}
