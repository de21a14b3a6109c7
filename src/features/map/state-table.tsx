import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '@/components/data-table';
import type { StateArea } from '@/features/map/state-map-model';
import { levelName } from '@/features/map/state-map-text';

/** The map's text alternative: every state with its level and the facts behind it, strongest first. */
export function StateTable({ areas }: { areas: readonly StateArea[] }) {
  const { t } = useTranslation('stateMap');
  const rows = [...areas].sort((a, b) => b.index - a.index || a.name.localeCompare(b.name));
  const columns: Column<StateArea>[] = [
    { header: t('table.state'), cell: (a) => a.name, className: 'font-medium', rowHeader: true },
    { header: t('table.strength'), cell: (a) => levelName(a.level), className: 'whitespace-nowrap' },
    { header: t('table.facts'), cell: (a) => a.why },
  ];
  return (
    <details>
      <summary className="cursor-pointer font-semibold text-brand-700">{t('table.summary')}</summary>
      <DataTable caption={t('table.caption')} columns={columns} rows={rows} rowKey={(a) => a.code} className="mt-1" />
    </details>
  );
}
