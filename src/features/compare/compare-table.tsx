import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { EccpBadge } from '@/components/eccp-badge';
import { formatPoints } from '@/domain/format';
import { LabelBadge } from '@/components/label-badge';
import { NotStated } from '@/components/not-stated';
import { TextList } from '@/components/text-list';
import { ScoreBar } from '@/components/score-bar';
import { CRITERIA, criterionLabel } from '@/domain/profile';
import { figureLine, type CompareColumn } from '@/features/compare/compare-model';
import { useAppStore } from '@/stores/app-store';

interface CompareTableProps {
  columns: readonly CompareColumn[];
  onRemove: (id: string) => void;
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
  const { t } = useTranslation('compare');
  const language = useAppStore((s) => s.language);
  // Cluster names are written as the (mostly Spanish) sources write them; figure labels exist in English only.
  const nameLang = language === 'es' ? undefined : 'es';
  const figureLang = language === 'en' ? undefined : 'en';
  return (
    <div className="overflow-x-auto">
      <table aria-label={t('table.label')} className="w-full table-fixed text-left text-xs wrap-anywhere">
        <thead>
          <tr>
            <td className="w-32" />
            {columns.map((c) => (
              <th key={c.id} scope="col" className="pr-2 pb-1 align-top text-sm font-bold text-brand-900">
                <span lang={nameLang} className="block">
                  {c.name}
                </span>
                <Button
                  variant="neutral"
                  size="xs"
                  aria-label={t('table.removeName', { name: c.name })}
                  onClick={() => onRemove(c.id)}
                  className="mt-1"
                >
                  {t('table.remove')}
                </Button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <Row
            head={t('table.total')}
            columns={columns}
            cell={(c) => (
              <>
                <span className="text-base font-bold">{formatPoints(c.total)}</span> {t('table.outOf')}
                {c.filteredOut ? <span className="block text-slate-600">{t('table.filteredOut')}</span> : null}
                <ScoreBar criteria={c.criteria} total={c.total} className="mt-1" />
              </>
            )}
          />
          {CRITERIA.map((id) => (
            <Row
              key={id}
              head={criterionLabel(id)}
              columns={columns}
              cell={(c) => {
                const r = c.criteria.find((x) => x.id === id);
                if (!r) return <NotStated />;
                return (
                  <>
                    <span className="font-semibold tabular-nums">
                      {r.weight > 0 ? t('table.points', { points: formatPoints(r.contribution) }) : t('table.notUsed')}
                    </span>
                    <span className="block">{r.reason}</span>
                  </>
                );
              }}
            />
          ))}
          <Row head={t('table.labelValidity')} columns={columns} cell={(c) => <LabelBadge label={c.label} />} />
          <Row head="ECCP" columns={columns} cell={(c) => <EccpBadge member={c.eccpMember} />} />
          <Row head={t('table.state')} columns={columns} cell={(c) => c.stateName ?? <NotStated />} />
          <Row
            head={t('table.figures')}
            columns={columns}
            cell={(c) => (
              <TextList
                className="pl-4"
                items={c.figures.map((f) => (
                  <span lang={figureLang}>{figureLine(f)}</span>
                ))}
              />
            )}
          />
          <Row
            head={t('table.focusAreas')}
            columns={columns}
            cell={(c) => <TextList className="pl-4" items={c.focusAreas} />}
          />
          <Row
            head={t('table.euPartners')}
            columns={columns}
            cell={(c) => <TextList className="pl-4" items={c.euPartners} />}
          />
          {columns.some((c) => c.yours.length > 0) && (
            <Row
              head={t('table.yours')}
              columns={columns}
              cell={(c) =>
                c.yours.length > 0 ? (
                  <TextList className="pl-4 text-purple-900" items={c.yours} />
                ) : (
                  t('table.yoursNone')
                )
              }
            />
          )}
          <Row
            head={t('relevance:moveUp.title')}
            columns={columns}
            cell={(c) => <TextList className="pl-4" items={c.moveUp} />}
          />
        </tbody>
      </table>
    </div>
  );
}
