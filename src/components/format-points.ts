/** 72 → '72', 72.46 → '72.5': one decimal at most, no trailing '.0'. */
export function formatPoints(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** 0.734 → '73%'. */
export function formatPercent(score: number): string {
  return `${Math.round(score * 100)}%`;
}
