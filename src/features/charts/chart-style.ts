import { COLOR } from '@/components/theme';

// Shared chart styling: dark, projector-readable axis text (recharts' default grey is too faint).
export const AXIS_TICK = { fill: COLOR.ink, fontSize: 12 };
export const GRID_STROKE = COLOR['chart-grid'];

/**
 * First-render size until ResizeObserver measures the container; it also lets the charts draw in
 * environments without layout (jsdom), where the measured size would stay 0.
 */
export const CHART_INITIAL_SIZE = { width: 640, height: 220 };

export const VALIDITY_COLORS = {
  valid: COLOR['label-valid'],
  expired: COLOR['label-expired'],
  undated: COLOR['label-undated'],
} as const;

// Strength is the state criterion, so it keeps that criterion's colour.
export const STATE_COLORS = { matches: COLOR['brand-600'], strength: COLOR['crit-state'] } as const;
