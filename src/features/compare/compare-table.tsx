import type { ReactNode } from 'react';
import { Button } from '@/components/button';
import { EccpBadge } from '@/components/eccp-badge';
import { formatPoints } from '@/domain/format';
import { LabelBadge } from '@/components/label-badge';
import { NotStated } from '@/components/not-stated';
import { ScoreBar } from '@/components/score-bar';
import { CRITERIA, CRITERION_LABELS } from '@/domain/profile';
import { figureLine, type CompareColumn } from '@/features/compare/compare-model';

interface CompareTableProps {
  columns: readonly CompareColumn[];
  onRemove: (id: string) => void;
}

function List({ items }: { items: readonly ReactNode[] }) {
  if (items.length === 0) return <NotStated />;
  return (
    <ul className="list-disc space-y-0.5 pl-4">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

function Row({
  head,
  columns,
  cell,
}: {
  head: string;
  columns: readonly CompareColumn[];
  cell: (c: CompareColumn) => ReactNode;
}) {
  return (
    <tr className="border-t border-slate-200 align-top">
      <th scope="row" className="w-32 py-1 pr-2 text-left font-semibold text-slate-800">
        {head}
      </th>
      {columns.map((c) => (
        <td key={c.id} className="py-1 pr-2">
          {cell(c)}
        </td>
      ))}
    </tr>
  );
}

export function CompareTable({ columns, onRemove }: CompareTableProps) {
  return (
    <div className="overflow-x-auto">
      <table aria-label="Compare clusters" className="w-full table-fixed text-left text-xs wrap-anywhere">
        <thead>
          <tr>
            <td className="w-32" />
            {columns.map((c) => (
              <th key={c.id} scope="col" className="pr-2 pb-1 align-top text-sm font-bold text-brand-900">
                <span className="block">{c.name}</span>
                <Button
                  variant="neutral"
                  size="xs"
                  aria-label={`Remove ${c.name} from comparison`}
                  onClick={() => onRemove(c.id)}
                  className="mt-1"
                >
                  Remove
                </Button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <Row
            head="Total score"
            columns={columns}
            cell={(c) => (
              <>
                <span className="text-base font-bold">{formatPoints(c.total)}</span> of 100
                {c.filteredOut ? <span className="block text-slate-600">hidden by the current filters</span> : null}
                <ScoreBar criteria={c.criteria} total={c.total} className="mt-1" />
              </>
            )}
          />
          {CRITERIA.map((id) => (
            <Row
              key={id}
              head={CRITERION_LABELS[id]}
              columns={columns}
              cell={(c) => {
                const r = c.criteria.find((x) => x.id === id);
                if (!r) return <NotStated />;
                return (
                  <>
                    <span className="font-semibold tabular-nums">
                      {r.weight > 0 ? `${formatPoints(r.contribution)} pts` : 'not used'}
                    </span>
                    <span className="block">{r.reason}</span>
                  </>
                );
              }}
            />
          ))}
          <Row head="Label and validity" columns={columns} cell={(c) => <LabelBadge label={c.label} />} />
          <Row head="ECCP" columns={columns} cell={(c) => <EccpBadge member={c.eccpMember} />} />
          <Row head="State" columns={columns} cell={(c) => c.stateName ?? <NotStated />} />
          <Row head="Figures" columns={columns} cell={(c) => <List items={c.figures.map(figureLine)} />} />
          <Row head="Focus areas" columns={columns} cell={(c) => <List items={c.focusAreas} />} />
          <Row head="EU partners" columns={columns} cell={(c) => <List items={c.euPartners} />} />
        </tbody>
      </table>
    </div>
  );
}
