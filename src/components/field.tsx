import { useId, type ComponentProps, type ReactNode } from 'react';

// One look for every text box and select, so fields in all panels line up.
const CONTROL =
  'mt-0.5 block w-full min-w-0 rounded-md border border-slate-400 bg-white px-2 py-1 text-sm font-normal text-slate-900 aria-invalid:border-red-700';
// Chromium's date and time pickers take focus inside the input without the input matching :focus-visible.
const PICKER_FOCUS = 'focus-within:outline-3 focus-within:outline-offset-2 focus-within:outline-accent-500';
const PICKER_TYPES = new Set(['date', 'time', 'datetime-local', 'month', 'week']);

/** What a field hands its control: the shared look and the wiring to its hint and error. */
export interface FieldControl {
  className: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FieldProps {
  /** The control's accessible name: the label wraps the control, so nothing else names it. */
  label: ReactNode;
  /** Shown under the control and read as its description. */
  hint?: ReactNode;
  /** Shown under the control, announced, and marks the control invalid. */
  error?: ReactNode;
  /** Keeps the name for assistive technology when a column heading already says it on screen. */
  hideLabel?: boolean;
  /** The input type, for the focus ring of date and time pickers. */
  type?: string;
  /** On the wrapper (grid placement, spacing). */
  className?: string;
  children: (control: FieldControl) => ReactNode;
}

/** A label around any control (render prop), with an optional hint and error wired by aria-describedby. */
export function Field({ label, hint, error, hideLabel = false, type, className, children }: FieldProps) {
  const hintId = useId();
  const errorId = useId();
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  const control: FieldControl = {
    className: type && PICKER_TYPES.has(type) ? `${CONTROL} ${PICKER_FOCUS}` : CONTROL,
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    ...(error ? { 'aria-invalid': true } : {}),
  };
  return (
    <div className={className}>
      <label className="block text-sm font-medium text-slate-900">
        {hideLabel ? <span className="sr-only">{label}</span> : label}
        {children(control)}
      </label>
      {hint && (
        <p id={hintId} className="mt-0.5 text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} role="alert" className="mt-0.5 text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

type OwnFieldProps = Omit<FieldProps, 'children' | 'type'>;

export type TextFieldProps = OwnFieldProps &
  Omit<ComponentProps<'input'>, 'className' | 'children'> & {
    /** Added to the input's shared look (e.g. font-mono); not for sizes the look already sets. */
    inputClassName?: string;
  };

/** A labelled text (or date, search, number) input. */
export function TextField({ label, hint, error, hideLabel, className, inputClassName, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} hideLabel={hideLabel} type={input.type} className={className}>
      {(control) => (
        <input
          {...input}
          {...control}
          className={inputClassName ? `${control.className} ${inputClassName}` : control.className}
        />
      )}
    </Field>
  );
}

export type SelectFieldProps = OwnFieldProps & Omit<ComponentProps<'select'>, 'className'>;

/** A labelled select; its options are the children. */
export function SelectField({ label, hint, error, hideLabel, className, children, ...select }: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} hideLabel={hideLabel} className={className}>
      {(control) => (
        <select {...select} {...control}>
          {children}
        </select>
      )}
    </Field>
  );
}
