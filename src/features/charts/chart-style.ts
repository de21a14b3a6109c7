// Shared chart styling: dark, projector-readable axis text (recharts' default grey is too faint).
export const AXIS_TICK = { fill: '#0f172a', fontSize: 12 };

/**
 * First-render size until ResizeObserver measures the container; it also lets the charts draw in
 * environments without layout (jsdom), where the measured size would stay 0.
 */
export const CHART_INITIAL_SIZE = { width: 640, height: 220 };

export const VALIDITY_COLORS = { valid: '#047857', expired: '#b91c1c', undated: '#64748b' } as const;

export const STATE_COLORS = { matches: '#1d4f91', strength: '#7c3aed' } as const;
