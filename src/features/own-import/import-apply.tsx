import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import { formatNumber } from '@/domain/format';
import type { ImportResult } from '@/domain/own-facts/import-run';

/**
 * Apply imports the rows without problems and says how many it leaves out. A sheet of a hundred
 * partners with one typo should not wait for the typo; a row with a problem is left out whole, and
 * importing the fixed file again adds it while the rows already imported show as up to date.
 */
export function ImportApply({
  result,
  onApply,
  onCancel,
}: {
  result: ImportResult;
  onApply: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('ownImport');
  const ready = result.add.length + result.correct.length;
  const leftOut = result.rows.filter((r) => r.outcome.kind === 'problem').length;
  const blocked = result.mappingIssues.length > 0;
  return (
    <div className="space-y-1.5">
      {!blocked && leftOut > 0 && (
        <Alert tone="warning" role="status">
          {t('ownImport:apply.leftOut', { count: leftOut, n: formatNumber(leftOut, 0) })}
        </Alert>
      )}
      {!blocked && ready === 0 && <p className="text-sm">{t('ownImport:apply.nothing')}</p>}
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" size="md" disabled={blocked || ready === 0} onClick={onApply}>
          {t('ownImport:apply.button', { count: ready, n: formatNumber(ready, 0) })}
        </Button>
        <Button size="md" onClick={onCancel}>
          {t('ownImport:cancel')}
        </Button>
      </div>
    </div>
  );
}
