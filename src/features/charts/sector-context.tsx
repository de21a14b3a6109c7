import { useState } from 'react';
import { Button } from '@/components/button';
import { ChartFrame, DataTable, type Column } from '@/features/charts/chart-frame';
import type { ContextCard, ContextModel } from '@/features/charts/context-model';

/** Cards shown per group before "Show all": keeps the panel short on a 768px-high screen. */
const FIRST_CARDS = 6;

type Row = ContextCard & { group: string };

const COLUMNS: Column<Row>[] = [
  { header: 'Sector', cell: (r) => r.group },
  { header: 'Figure', cell: (r) => r.label },
  { header: 'Value', cell: (r) => r.quantity, numeric: true },
  { header: 'Year', cell: (r) => r.year },
  { header: 'Source', cell: (r) => r.source },
];

export function SectorContext({ model, summary }: { model: ContextModel; summary: string }) {
  const [showAll, setShowAll] = useState(false);
  const rows: Row[] = model.groups.flatMap((g) => g.cards.map((c) => ({ ...c, group: g.title })));
  const hidden = model.groups.reduce((n, g) => n + Math.max(0, g.cards.length - FIRST_CARDS), 0);
  return (
    <ChartFrame
      title="Sector context"
      summary={summary}
      table={<DataTable caption="Sector context figures" columns={COLUMNS} rows={rows} rowKey={(r) => r.id} />}
    >
      {model.groups.map((g) => (
        <div key={g.sectorId ?? 'all'}>
          <h4 className="mt-1 text-sm font-semibold text-slate-900">{g.title}</h4>
          <ul className="grid grid-cols-[repeat(auto-fill,minmax(13rem,1fr))] gap-2">
            {(showAll ? g.cards : g.cards.slice(0, FIRST_CARDS)).map((c) => (
              <li key={c.id} className="rounded-lg border border-slate-200 bg-brand-50 p-2">
                <p className="text-lg font-bold leading-tight text-brand-900">{c.quantity}</p>
                <p className="text-sm text-slate-900">{c.label}</p>
                <p className="text-xs text-slate-700">
                  Year: {c.year}
                  <br />
                  Source: {c.source}
                </p>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {hidden > 0 && (
        <Button aria-expanded={showAll} onClick={() => setShowAll((v) => !v)} className="w-fit">
          {showAll ? 'Show fewer figures' : `Show all figures (${hidden} more)`}
        </Button>
      )}
    </ChartFrame>
  );
}
