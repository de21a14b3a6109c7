import { useId, type ComponentProps, type ReactNode } from 'react';

export interface CheckboxProps extends Omit<ComponentProps<'input'>, 'type' | 'className' | 'children'> {
  /** The checkbox's accessible name, exactly. */
  label: ReactNode;
  /** Extra visible detail (e.g. a count), outside the label so the name stays exactly `label`. */
  detail?: string;
  /** Read after `detail` by assistive technology only (e.g. " Mexican clusters"). */
  detailSrText?: string;
  /** In a row of options beside other controls (a toolbar), rather than a line of a list. */
  inline?: boolean;
  /** Show `detail` on its own line under the label (a note rather than a count). */
  detailBelow?: boolean;
  /** On the row (spacing, weight). */
  className?: string;
}

const LOOK = {
  list: {
    row: 'flex items-start gap-2 py-0.5 leading-snug',
    label: 'flex min-w-0 flex-1 items-start gap-2',
    box: 'mt-0.5',
  },
  inline: { row: 'inline-flex items-center', label: 'inline-flex items-center gap-1.5', box: '' },
};

/** A checkbox with its label on the right and an optional detail at the end of the row. */
export function Checkbox({
  label,
  detail,
  detailSrText,
  inline = false,
  detailBelow = false,
  className,
  ...input
}: CheckboxProps) {
  const detailId = useId();
  const look = LOOK[inline ? 'inline' : 'list'];
  return (
    <div className={`${look.row} text-sm ${detailBelow ? 'flex-wrap' : ''} ${className ?? ''}`}>
      <label className={`${look.label} cursor-pointer`}>
        <input
          {...input}
          type="checkbox"
          className={`${look.box} h-4 w-4 shrink-0 accent-brand-600`}
          aria-describedby={detail ? detailId : input['aria-describedby']}
        />
        <span className="min-w-0">{label}</span>
      </label>
      {detail && (
        <span
          id={detailId}
          className={`text-xs text-slate-600 ${detailBelow ? 'basis-full pl-6 italic' : 'shrink-0 tabular-nums'}`}
        >
          {detail}
          {detailSrText && <span className="sr-only">{detailSrText}</span>}
        </span>
      )}
    </div>
  );
}
