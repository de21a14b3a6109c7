import { useTranslation } from 'react-i18next';
import { STANDALONE } from '@/components/standalone-i18n';
import { labelLevelName, labelValidityText, noLabelText, type JudgedLabel } from '@/domain/labels';
import type { LabelLevel } from '@/domain/types';

// Metal tones are secondary: the level is always spelled out, and text stays dark for contrast.
const TONE: Record<LabelLevel, string> = {
  gold: 'border-amber-500 bg-amber-100 text-amber-950',
  silver: 'border-slate-400 bg-slate-100 text-slate-900',
  bronze: 'border-orange-400 bg-orange-100 text-orange-950',
};

interface LabelBadgeProps {
  /** The label as judged at the profile's as-of date (Match.label). */
  label: JudgedLabel | null;
}

/** ESCA label level plus its validity, e.g. "Gold ESCA label, expired 23 Jun 2019". */
export function LabelBadge({ label }: LabelBadgeProps) {
  const { t } = useTranslation('components', STANDALONE);
  if (!label) {
    return (
      <span className="inline-flex items-center rounded border border-slate-300 bg-white px-1.5 py-0.5 text-xs text-slate-700">
        {noLabelText()}
      </span>
    );
  }
  const expired = label.status !== 'valid';
  return (
    <span
      className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs ${TONE[label.level]} ${expired ? 'border-dashed' : ''}`}
    >
      <span className="font-semibold">{t('labelBadge.level', { level: labelLevelName(label.level) })}</span>{' '}
      <span>{labelValidityText(label)}</span>
    </span>
  );
}
