import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Field } from '@/components/field';
import { NotStated } from '@/components/not-stated';
import { formatNumber, notStated } from '@/domain/format';
import { SAVED_STATE_LIMITS } from '@/domain/saved-state-limits';
import { NO_SCORE, type ShortlistRow } from '@/features/shortlist/shortlist-model';
import { MOVE_ATTR } from '@/features/shortlist/use-move-focus';

const MAX_NOTE = SAVED_STATE_LIMITS.shortlist.note;

interface ShortlistEntryProps {
  row: ShortlistRow;
  selected: boolean;
  onSelect: (id: string) => void;
  onMove: (id: string, delta: number, byPosition?: boolean) => void;
  /** Entries in the list: the position control offers 1..total. */
  total: number;
  onRemove: (id: string) => void;
  onNote: (id: string, note: string) => void;
}

export function ShortlistEntry({ row, selected, total, onSelect, onMove, onRemove, onNote }: ShortlistEntryProps) {
  const { t, i18n } = useTranslation('shortlist');
  const { clusterId: id, name } = row;
  // Cluster names are written as the (Spanish) sources write them.
  const nameLang = row.known && i18n.language !== 'es' ? 'es' : undefined;
  return (
    <li
      {...{ [MOVE_ATTR.entry]: id }}
      className={`rounded-md border px-2 py-1.5 ${selected ? 'border-brand-600 bg-brand-50' : 'border-slate-200'}`}
    >
      <div className="flex items-start gap-2">
        {/* One step to any place: moving #17 to #1 took 16 clicks with the arrows alone. */}
        <select
          {...{ [MOVE_ATTR.position]: '' }}
          aria-label={t('entry.position', { name })}
          value={row.order}
          onChange={(e) => onMove(id, Number(e.target.value) - row.order, true)}
          className="w-12 shrink-0 rounded border border-slate-300 bg-white py-0.5 text-right text-sm font-bold tabular-nums text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          {Array.from({ length: total }, (_, i) => (
            <option key={i} value={i + 1}>
              {formatNumber(i + 1, 0)}
            </option>
          ))}
        </select>
        <div className="min-w-0 flex-1">
          <Button
            variant="ghost"
            lang={nameLang}
            aria-pressed={selected}
            onClick={() => onSelect(id)}
            className="wrap-anywhere"
          >
            {name}
          </Button>
          <p className="text-xs wrap-anywhere text-slate-700">
            {row.state === notStated() ? <NotStated /> : row.state}
            {' · '}
            {row.score === NO_SCORE ? (
              <span title={t('entry.noScoreTitle')}>
                {t('entry.noScore')}
                <span className="sr-only"> {t('entry.noScoreSr')}</span>
              </span>
            ) : (
              t('entry.score', { score: row.score })
            )}
            {!row.known && ` · ${t('entry.unknown')}`}
          </p>
        </div>
        <div className="flex shrink-0 gap-1">
          <Button
            {...{ [MOVE_ATTR.up]: '' }}
            variant="icon"
            aria-label={t('entry.moveUp', { name })}
            disabled={row.first}
            onClick={() => onMove(id, -1)}
          >
            ↑
          </Button>
          <Button
            {...{ [MOVE_ATTR.down]: '' }}
            variant="icon"
            aria-label={t('entry.moveDown', { name })}
            disabled={row.last}
            onClick={() => onMove(id, 1)}
          >
            ↓
          </Button>
          <Button variant="icon" aria-label={t('entry.removeLabel', { name })} onClick={() => onRemove(id)}>
            {t('entry.remove')}
          </Button>
        </div>
      </div>
      <Field label={t('entry.noteLabel', { name })} hideLabel className="mt-1 pl-8">
        {(control) => (
          <textarea
            {...control}
            className={`${control.className} min-h-8 resize-y`}
            rows={1}
            maxLength={MAX_NOTE}
            placeholder={t('entry.notePlaceholder')}
            value={row.note}
            onChange={(e) => onNote(id, e.target.value)}
          />
        )}
      </Field>
    </li>
  );
}
