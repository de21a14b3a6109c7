import { useTranslation } from 'react-i18next';
import { CRITERION_BG } from '@/components/criterion-colors';
import { STANDALONE } from '@/components/standalone-i18n';
import { formatPoints } from '@/domain/format';
import { criterionLabel } from '@/domain/profile';
import type { CriterionResult } from '@/domain/ranking/types';
import { tr } from '@/i18n/i18n';

interface ScoreBarProps {
  criteria: readonly CriterionResult[];
  /** 0..100 */
  total: number;
  className?: string;
}

/** "Score 72 of 100: Sector fit 30, ESCA label 12, …" — criteria left out of the total are not listed. */
export function scoreBarLabel(criteria: readonly CriterionResult[], total: number): string {
  const parts = criteria
    .filter((c) => c.weight > 0)
    .map((c) => `${criterionLabel(c.id)} ${formatPoints(c.contribution)}`);
  const score = formatPoints(total);
  return parts.length
    ? tr('components:scoreBar.labelWithParts', { score, parts: parts.join(', ') })
    : tr('components:scoreBar.label', { score });
}

/** A 0..100 bar split into each criterion's points, in the criterion colours. */
export function ScoreBar({ criteria, total, className = '' }: ScoreBarProps) {
  // Subscribed to the language: the label is built with tr() at render time.
  useTranslation('components', STANDALONE);
  return (
    <div
      role="img"
      aria-label={scoreBarLabel(criteria, total)}
      data-score-bar
      className={`flex h-2.5 w-full overflow-hidden rounded-full bg-slate-200 ${className}`}
    >
      {criteria.map((c) =>
        c.contribution > 0 ? (
          <span
            key={c.id}
            className={`h-full ${CRITERION_BG[c.id]}`}
            style={{ width: `${Math.min(100, c.contribution)}%` }}
          />
        ) : null,
      )}
    </div>
  );
}
