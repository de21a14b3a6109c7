// Colours that JavaScript hands to SVG charts and Leaflet, which take colour values, not Tailwind
// classes. Each key is the name of its twin custom property in src/index.css (--color-<key>);
// tests/unit/theme.test.ts keeps the two equal, and keeps colour literals out of the rest of src.
export const COLOR = {
  'brand-200': '#a3c0e6',
  'brand-400': '#4f7fc0',
  'brand-600': '#1d4f91',
  'brand-900': '#0b1f3a',
  'accent-500': '#c2410c',
  'crit-sector': '#1d4f91',
  'crit-label': '#b45309',
  'crit-eccp': '#047857',
  'crit-state': '#7c3aed',
  'crit-interests': '#be185d',
  'crit-links': '#0e7490',
  /** Text and outlines drawn on charts and maps. */
  ink: '#0f172a',
  paper: '#ffffff',
  'chart-grid': '#e2e8f0',
  /** recharts' own axis and tick-mark grey, for axes the app draws beside recharts' ones. */
  'chart-axis': '#666666',
  'label-valid': '#047857',
  'label-expired': '#b91c1c',
  'label-undated': '#64748b',
  'map-mexico': '#f8fafc',
  'map-mexico-border': '#334155',
  'map-neighbour': '#e2e8f0',
  'map-neighbour-border': '#94a3b8',
  /** State-strength levels on the state map (the state criterion's violet, light to dark). */
  'strength-strong': '#5b21b6',
  'strength-fair': '#a78bfa',
  'strength-modest': '#ddd6fe',
  /** The line from a marker moved aside to its real position. */
  'map-leg': '#475569',
} as const;

export type ThemeColor = keyof typeof COLOR;
