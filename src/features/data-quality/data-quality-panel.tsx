import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '@/components/data-table';
import type { DataProblem } from '@/data/validate';
import { formatNumber } from '@/domain/format';
import { useDatasetAnnex, useLoadedDataset } from '@/hooks/use-loaded-dataset';

/**
 * Records that failed validation are skipped, not fatal; this panel says which record,
 * which field and why, so a data editor can fix them and users know what is missing.
 */
export function DataQualityPanel() {
  const { t } = useTranslation('dataQuality');
  const core = useLoadedDataset().problems;
  // Policies and context figures are checked once they have loaded, after the first render.
  const annex = useDatasetAnnex().data?.problems;
  const problems = annex?.length ? [...core, ...annex] : core;
  if (problems.length === 0) return null;
  const skipped = new Set(problems.map((p) => `${p.file}:${p.path.match(/^[^.]*?\[\d+\]/)?.[0] ?? p.path}`)).size;
  const columns: Column<DataProblem>[] = [
    { header: t('table.file'), cell: (p) => p.file, className: 'font-mono' },
    { header: t('table.record'), cell: (p) => p.recordId ?? t('table.unnamed') },
    { header: t('table.field'), cell: (p) => p.path, className: 'font-mono' },
    { header: t('table.problem'), cell: (p) => p.message },
  ];
  return (
    <details className="mx-3 mt-2 rounded-lg border-2 border-amber-600 bg-amber-50 px-3 py-2 text-amber-950">
      <summary className="cursor-pointer font-semibold">
        {t('summary', {
          problems: t('problems', { count: problems.length, n: formatNumber(problems.length, 0) }),
          records: t('records', { count: skipped, n: formatNumber(skipped, 0) }),
        })}
      </summary>
      <DataTable
        caption={t('table.label')}
        columns={columns}
        rows={problems.slice(0, 200)}
        rowKey={(_, i) => i}
        className="mt-2"
      />
    </details>
  );
}
