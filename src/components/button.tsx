import type { ComponentProps } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'neutral' | 'danger' | 'ghost' | 'icon' | 'inverse' | 'accent';
export type ButtonSize = 'xs' | 'sm' | 'md';

// Toggle buttons (aria-pressed) fill in, so "on" reads without relying on a border shade.
const PRESSED =
  'aria-pressed:border-brand-700 aria-pressed:bg-brand-700 aria-pressed:text-white aria-pressed:hover:bg-brand-900';
const BOXED = 'inline-flex items-center justify-center gap-1 rounded-md border disabled:cursor-not-allowed';

const VARIANTS: Record<ButtonVariant, string> = {
  primary: `${BOXED} border-brand-700 bg-brand-700 font-semibold text-white hover:border-brand-900 hover:bg-brand-900 disabled:opacity-60`,
  secondary: `${BOXED} border-brand-600 bg-white font-medium text-brand-700 hover:bg-brand-50 disabled:border-slate-300 disabled:text-slate-500 disabled:hover:bg-white ${PRESSED}`,
  neutral: `${BOXED} border-slate-400 bg-white font-medium text-slate-900 hover:bg-slate-100 disabled:text-slate-400 disabled:hover:bg-white ${PRESSED}`,
  danger: `${BOXED} border-red-700 bg-red-700 font-semibold text-white hover:border-red-800 hover:bg-red-800`,
  // Reads as a link (names that open something); no box, so it wraps like text.
  ghost: 'rounded-sm text-left font-semibold text-brand-700 underline-offset-2 hover:underline',
  icon: `${BOXED} h-7 min-w-7 border-slate-400 bg-white px-1 text-slate-900 hover:bg-slate-100 disabled:text-slate-400 disabled:hover:bg-white`,
  // On the dark header.
  inverse: `${BOXED} border-white/70 font-semibold whitespace-nowrap text-white hover:bg-brand-700`,
  accent: `${BOXED} border-accent-500 bg-accent-500 font-bold text-white hover:border-orange-800 hover:bg-orange-800`,
};

const SIZES: Record<ButtonSize, { box: string; text: string }> = {
  xs: { box: 'px-1.5 py-0.5', text: 'text-xs' },
  sm: { box: 'px-2 py-0.5', text: 'text-sm' },
  md: { box: 'px-3 py-1.5', text: 'text-sm' },
};

// A ghost button is text among text: its size is the type size of the line it sits in.
const GHOST_TEXT: Record<ButtonSize, string> = { xs: 'text-xs', sm: 'text-sm', md: 'text-base' };

/** The classes of a button, for an element that must look like one (a file input's label). */
export function buttonClass(variant: ButtonVariant = 'secondary', size: ButtonSize = 'sm'): string {
  if (variant === 'ghost') return `${VARIANTS.ghost} ${GHOST_TEXT[size]}`;
  const { box, text } = SIZES[size];
  // An icon button is a fixed square: only the type size applies.
  return variant === 'icon' ? `${VARIANTS.icon} ${text}` : `${VARIANTS[variant]} ${box} ${text}`;
}

export interface ButtonProps extends ComponentProps<'button'> {
  variant?: ButtonVariant;
  size?: ButtonSize;
}

/**
 * The app's button: one look per variant, every native prop passed on (ref, aria-*, disabled…).
 * `type` is "button" unless asked otherwise, so a button in a form never submits by accident.
 * Focus shows through the global :focus-visible outline in src/index.css.
 */
export function Button({ variant = 'secondary', size = 'sm', type = 'button', className, ...props }: ButtonProps) {
  const classes = className ? `${buttonClass(variant, size)} ${className}` : buttonClass(variant, size);
  return <button type={type} className={classes} {...props} />;
}
