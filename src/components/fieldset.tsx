import type { ReactNode } from 'react';

export interface FieldsetProps {
  legend: string;
  /** Keeps the group's name for assistive technology when a heading or button already shows it. */
  hideLegend?: boolean;
  /** A line under the legend. */
  hint?: ReactNode;
  /** False inside something that already draws the section line (a disclosure). */
  framed?: boolean;
  /** On the fieldset (spacing between its fields). */
  className?: string;
  children: ReactNode;
}

/** A named group of fields, drawn as a section with a rule above it. */
export function Fieldset({ legend, hideLegend = false, hint, framed = true, className, children }: FieldsetProps) {
  const frame = framed ? 'min-w-0 border-t border-slate-200 pt-2' : 'min-w-0';
  return (
    <fieldset className={className ? `${frame} ${className}` : frame}>
      <legend className={hideLegend ? 'sr-only' : 'mb-1 text-sm font-semibold text-slate-900'}>{legend}</legend>
      {hint && <p className="text-xs text-slate-600">{hint}</p>}
      {children}
    </fieldset>
  );
}

export interface CheckboxGroupProps extends Omit<FieldsetProps, 'className'> {
  /** Two columns for long lists of short names (the 32 states). */
  columns?: 1 | 2;
}

/** A fieldset of checkboxes (children: Checkbox); the legend names the group. */
export function CheckboxGroup({ columns = 1, children, ...fieldset }: CheckboxGroupProps) {
  return (
    <Fieldset {...fieldset}>
      {columns === 2 ? <div className="grid grid-cols-2 gap-x-2">{children}</div> : children}
    </Fieldset>
  );
}
