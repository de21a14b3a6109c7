// The shortlist's compact-but-readable look, in one place.
export const BUTTON =
  'rounded-md border border-brand-600 bg-white px-2 py-0.5 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:cursor-not-allowed disabled:border-slate-300 disabled:text-slate-500';
export const DANGER_BUTTON = 'rounded-md bg-red-700 px-2 py-0.5 text-sm font-semibold text-white hover:bg-red-800';
export const ICON_BUTTON =
  'h-7 min-w-7 rounded border border-slate-400 bg-white px-1 text-sm text-slate-900 hover:bg-slate-100 disabled:cursor-not-allowed disabled:text-slate-400';
export const INPUT =
  'block w-full min-w-0 rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 aria-invalid:border-red-700';
