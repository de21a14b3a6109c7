import { useId, type ComponentProps, type ReactNode } from 'react';

export interface CheckboxProps extends Omit<ComponentProps<'input'>, 'type' | 'className' | 'children'> {
  /** The checkbox's accessible name, exactly. */
  label: ReactNode;
  /** Extra visible detail (e.g. a count), outside the label so the name stays exactly `label`. */
  detail?: string;
  /** Read after `detail` by assistive technology only (e.g. " Mexican clusters"). */
  detailSrText?: string;
  /** On the row (spacing, weight). */
  className?: string;
}

/** A checkbox with its label on the right and an optional detail at the end of the row. */
export function Checkbox({ label, detail, detailSrText, className, ...input }: CheckboxProps) {
  const detailId = useId();
  return (
    <div className={`flex items-start gap-2 py-0.5 text-sm leading-snug ${className ?? ''}`}>
      <label className="flex min-w-0 flex-1 cursor-pointer items-start gap-2">
        <input
          {...input}
          type="checkbox"
          className="mt-0.5 h-4 w-4 shrink-0 accent-brand-600"
          aria-describedby={detail ? detailId : input['aria-describedby']}
        />
        <span className="min-w-0">{label}</span>
      </label>
      {detail && (
        <span id={detailId} className="shrink-0 text-xs tabular-nums text-slate-600">
          {detail}
          {detailSrText && <span className="sr-only">{detailSrText}</span>}
        </span>
      )}
    </div>
  );
}
