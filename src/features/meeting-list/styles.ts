// The meeting list's compact-but-readable look, in one place so fields line up.
export const LABEL = 'block text-sm font-medium text-slate-900';
// focus-within: Chromium's date/time picker buttons take focus without the input matching :focus-visible.
export const INPUT =
  'mt-0.5 block w-full min-w-0 rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 aria-invalid:border-red-700 focus-within:outline-3 focus-within:outline-offset-2 focus-within:outline-accent-500';
export const FIELDSET = 'min-w-0 border-t border-slate-200 pt-2';
export const LEGEND = 'text-sm font-semibold text-slate-900';
export const BUTTON =
  'inline-flex items-center gap-1 rounded-md border border-brand-600 bg-white px-2.5 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:cursor-not-allowed disabled:border-slate-300 disabled:text-slate-500';
export const SMALL_BUTTON =
  'rounded border border-slate-400 bg-white px-1.5 py-0.5 text-xs font-medium text-slate-900 hover:bg-slate-100';
export const ALERT = 'rounded-md border-l-4 border-red-700 bg-red-50 px-3 py-2 text-sm text-red-950';
export const WARNING = 'rounded-md border-l-4 border-accent-500 bg-orange-50 px-3 py-2 text-sm text-orange-950';
