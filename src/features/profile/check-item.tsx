import { useId } from 'react';
import { CHECKBOX, CHECK_ROW } from '@/features/profile/field-styles';

interface CheckItemProps {
  label: string;
  checked: boolean;
  onToggle: () => void;
  /** Extra visible detail, outside the label so the checkbox name stays exactly `label`. */
  detail?: string;
  detailSrText?: string;
}

export function CheckItem({ label, checked, onToggle, detail, detailSrText }: CheckItemProps) {
  const detailId = useId();
  return (
    <div className={CHECK_ROW}>
      <label className="flex min-w-0 flex-1 cursor-pointer items-start gap-2">
        <input
          type="checkbox"
          className={CHECKBOX}
          checked={checked}
          onChange={onToggle}
          aria-describedby={detail ? detailId : undefined}
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
