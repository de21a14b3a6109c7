import { useTranslation } from 'react-i18next';
import { CRITERION_BG } from '@/components/criterion-colors';
import { STANDALONE } from '@/components/standalone-i18n';
import { CRITERIA, criterionLabel, type CriterionId } from '@/domain/profile';

interface CriterionLegendProps {
  /** Defaults to every criterion, in the standard order. */
  criteria?: readonly CriterionId[];
  className?: string;
}

/** Colour key for score bars and stacked charts. */
export function CriterionLegend({ criteria = CRITERIA, className = '' }: CriterionLegendProps) {
  const { t } = useTranslation('components', STANDALONE);
  return (
    <ul aria-label={t('legend.label')} className={`flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-800 ${className}`}>
      {criteria.map((id) => (
        <li key={id} className="inline-flex items-center gap-1">
          <span aria-hidden="true" data-swatch className={`inline-block h-2.5 w-2.5 rounded-sm ${CRITERION_BG[id]}`} />
          {criterionLabel(id)}
        </li>
      ))}
    </ul>
  );
}
