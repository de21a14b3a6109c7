import { useId } from 'react';

interface RangeRowProps {
  label: string;
  swatchClass?: string;
  min: number;
  max: number;
  step: number;
  value: number;
  /** Short visible value, e.g. "8", "off", "50 %". */
  shown: string;
  /** What assistive technology reads instead of the bare number. */
  valueText: string;
  onChange: (value: number) => void;
}

export function RangeRow({ label, swatchClass, min, max, step, value, shown, valueText, onChange }: RangeRowProps) {
  const id = useId();
  return (
    <div className="grid grid-cols-[8.75rem_minmax(0,1fr)_2.25rem] items-center gap-x-1.5 py-0.5">
      <label htmlFor={id} className="flex items-center gap-1.5 text-sm leading-tight">
        {swatchClass && (
          <span aria-hidden="true" data-swatch className={`h-2.5 w-2.5 shrink-0 rounded-sm ${swatchClass}`} />
        )}
        {label}
      </label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={valueText}
        onChange={(e) => onChange(Number(e.target.value))}
        className="w-full accent-brand-600"
      />
      {/* The slider announces valueText itself; this copy is for sighted users. */}
      <span aria-hidden="true" className="text-right text-sm tabular-nums text-slate-900">
        {shown}
      </span>
    </div>
  );
}
