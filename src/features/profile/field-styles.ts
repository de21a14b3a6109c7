// One place for the panel's compact-but-readable look, so every field lines up.
export const LEGEND = 'mb-1 text-sm font-semibold text-slate-900';
export const LABEL = 'block text-sm font-medium text-slate-900';
export const HINT = 'text-xs text-slate-600';
export const SELECT =
  'mt-0.5 block w-full rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 focus-visible:border-brand-600';
export const CHECK_ROW = 'flex items-start gap-2 py-0.5 text-sm leading-snug';
export const CHECKBOX = 'mt-0.5 h-4 w-4 shrink-0 accent-brand-600';
export const FIELDSET = 'min-w-0 border-t border-slate-200 pt-2';
