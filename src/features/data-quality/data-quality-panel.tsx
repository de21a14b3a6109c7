import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/domain/format';
import { useLoadedDataset } from '@/hooks/use-loaded-dataset';

/**
 * Records that failed validation are skipped, not fatal; this panel says which record,
 * which field and why, so a data editor can fix them and users know what is missing.
 */
export function DataQualityPanel() {
  const { t } = useTranslation('dataQuality');
  const { problems } = useLoadedDataset();
  if (problems.length === 0) return null;
  const skipped = new Set(problems.map((p) => `${p.file}:${p.path.match(/^[^.]*?\[\d+\]/)?.[0] ?? p.path}`)).size;
  return (
    <details className="mx-3 mt-2 rounded-lg border-2 border-amber-600 bg-amber-50 px-3 py-2 text-amber-950">
      <summary className="cursor-pointer font-semibold">
        {t('summary', {
          problems: t('problems', { count: problems.length, n: formatNumber(problems.length, 0) }),
          records: t('records', { count: skipped, n: formatNumber(skipped, 0) }),
        })}
      </summary>
      <table className="mt-2 w-full text-left text-sm" aria-label={t('table.label')}>
        <thead>
          <tr>
            <th className="pr-3">{t('table.file')}</th>
            <th className="pr-3">{t('table.record')}</th>
            <th className="pr-3">{t('table.field')}</th>
            <th>{t('table.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.slice(0, 200).map((p, i) => (
            <tr key={i} className="border-t border-amber-200 align-top">
              <td className="pr-3 font-mono">{p.file}</td>
              <td className="pr-3">{p.recordId ?? t('table.unnamed')}</td>
              <td className="pr-3 font-mono">{p.path}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
