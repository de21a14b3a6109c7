import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { DataTable, type Column } from '@/components/data-table';
import { ChartFrame } from '@/features/charts/chart-frame';
import type { ContextCard, ContextModel } from '@/features/charts/context-model';
import { formatNumber } from '@/domain/format';
import { useAppStore } from '@/stores/app-store';

/** Cards shown per group before "Show all": keeps the panel short on a 768px-high screen. */
const FIRST_CARDS = 6;

type Row = ContextCard & { group: string };

export function SectorContext({ model, summary }: { model: ContextModel; summary: string }) {
  const { t } = useTranslation('charts');
  // Figure labels and source titles exist only in English.
  const dataLang = useAppStore((s) => (s.language === 'en' ? undefined : 'en'));
  const columns: Column<Row>[] = [
    { header: t('context.sector'), cell: (r) => r.group },
    { header: t('context.figure'), cell: (r) => <span lang={dataLang}>{r.label}</span> },
    { header: t('context.value'), cell: (r) => r.quantity, numeric: true },
    { header: t('context.year'), cell: (r) => r.year },
    { header: t('context.source'), cell: (r) => <span lang={dataLang}>{r.source}</span> },
  ];
  const [showAll, setShowAll] = useState(false);
  const rows: Row[] = model.groups.flatMap((g) => g.cards.map((c) => ({ ...c, group: g.title })));
  const hidden = model.groups.reduce((n, g) => n + Math.max(0, g.cards.length - FIRST_CARDS), 0);
  return (
    <ChartFrame
      title={t('context.title')}
      summary={summary}
      table={<DataTable caption={t('context.caption')} columns={columns} rows={rows} rowKey={(r) => r.id} />}
    >
      {model.groups.map((g) => (
        <div key={g.sectorId ?? 'all'}>
          <h4 className="mt-1 text-sm font-semibold text-slate-900">{g.title}</h4>
          <ul className="grid grid-cols-[repeat(auto-fill,minmax(13rem,1fr))] gap-2">
            {(showAll ? g.cards : g.cards.slice(0, FIRST_CARDS)).map((c) => (
              <li key={c.id} className="rounded-lg border border-slate-200 bg-brand-50 p-2">
                <p className="text-lg font-bold leading-tight text-brand-900">{c.quantity}</p>
                <p lang={dataLang} className="text-sm text-slate-900">
                  {c.label}
                </p>
                <p className="text-xs text-slate-700">
                  {t('context.yearLine', { year: c.year })}
                  <br />
                  {t('context.sourceLine', { source: c.source })}
                </p>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {hidden > 0 && (
        <Button aria-expanded={showAll} onClick={() => setShowAll((v) => !v)} className="w-fit">
          {showAll ? t('context.fewer') : t('context.more', { n: formatNumber(hidden, 0) })}
        </Button>
      )}
    </ChartFrame>
  );
}
