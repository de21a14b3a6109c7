import { memo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { EccpBadge } from '@/components/eccp-badge';
import { formatPoints } from '@/domain/format';
import { LabelBadge } from '@/components/label-badge';
import { NotStated } from '@/components/not-stated';
import { ScoreBar } from '@/components/score-bar';
import type { MatchRow } from '@/features/matches/matches-model';
import { useAppStore } from '@/stores/app-store';
import { MAX_COMPARE } from '@/stores/ui-slice';

interface MatchItemProps {
  /** The list measures each item it draws (virtualised list). */
  ref?: Ref<HTMLLIElement>;
  /** Position in the whole list (0-based) and its real length, for screen readers. */
  index: number;
  setSize: number;
  row: MatchRow;
  selected: boolean;
  shortlisted: boolean;
  compared: boolean;
  compareFull: boolean;
  onSelect: (id: string) => void;
  onToggleShortlist: (id: string) => void;
  onToggleCompare: (id: string) => void;
}

// Memoised: a profile change re-renders only the items whose row object or flags changed.
export const MatchItem = memo(function MatchItem(props: MatchItemProps) {
  const { row, selected, shortlisted, compared, compareFull } = props;
  const { t } = useTranslation('matches');
  // Cluster names are written as the (mostly Spanish) sources write them.
  const nameLang = useAppStore((s) => (s.language === 'es' ? undefined : 'es'));

  return (
    <li
      ref={props.ref}
      data-index={props.index}
      aria-posinset={props.index + 1}
      aria-setsize={props.setSize}
      aria-current={selected ? 'true' : undefined}
      className={`rounded-lg border p-2 ${
        selected ? 'border-brand-600 bg-brand-50 ring-2 ring-brand-600' : 'border-slate-200 bg-white'
      }`}
    >
      <div className="flex items-baseline gap-2">
        <span className="w-7 shrink-0 text-right text-sm font-bold text-slate-700 tabular-nums">
          <span className="sr-only">{t('item.rank')} </span>
          {row.rank}
        </span>{' '}
        <Button
          variant="ghost"
          size="md"
          onClick={() => props.onSelect(row.id)}
          className="min-w-0 flex-1 wrap-anywhere"
        >
          <span lang={nameLang}>{row.name}</span>
        </Button>{' '}
        <span className="shrink-0 text-base font-bold tabular-nums">
          {formatPoints(row.total)}
          <span className="text-xs font-normal text-slate-600"> / 100</span>
        </span>
      </div>
      <div className="ml-9 min-w-0 space-y-1 wrap-anywhere">
        <p className="text-xs text-slate-700">
          {row.acronym ? <span className="font-medium">{row.acronym} · </span> : null}
          {row.stateName ?? <NotStated />} · {row.sectorNames.join(', ')}
        </p>
        <ScoreBar criteria={row.criteria} total={row.total} />
        <div className="flex flex-wrap items-center gap-1">
          {row.label ? <LabelBadge label={row.label} /> : null}
          <EccpBadge member={row.eccpMember} hideWhenNot />
          {row.own && (
            <span
              data-provenance="yours"
              className="rounded bg-violet-50 px-1 text-xs text-violet-950 italic ring-1 ring-violet-700"
            >
              {row.own === 'added' ? t('ownFacts:badge.added') : t('ownFacts:badge.corrected')}
            </span>
          )}
          {row.onMap ? null : <span className="text-xs text-slate-600 italic">{t('item.notOnMap')}</span>}
          <span className="ml-auto flex gap-1">
            <Button
              variant="neutral"
              size="xs"
              aria-pressed={shortlisted}
              aria-label={t(shortlisted ? 'item.shortlistRemove' : 'item.shortlistAdd', { name: row.name })}
              onClick={() => props.onToggleShortlist(row.id)}
            >
              <span aria-hidden="true">{shortlisted ? '★' : '☆'}</span>
              {t('item.shortlist')}
            </Button>
            <Button
              variant="neutral"
              size="xs"
              aria-pressed={compared}
              aria-label={t('item.compareName', { name: row.name })}
              disabled={compareFull && !compared}
              title={compareFull && !compared ? t('item.compareFull', { max: MAX_COMPARE }) : undefined}
              onClick={() => props.onToggleCompare(row.id)}
            >
              {t('item.compare')}
            </Button>
          </span>
        </div>
        <ul className="list-disc pl-4 text-xs text-slate-800">
          {row.reasons.map((reason, i) => (
            <li key={i}>{reason}</li>
          ))}
        </ul>
      </div>
    </li>
  );
});
