import { NotStated } from '@/components/not-stated';
import { NOT_STATED_TEXT } from '@/domain/format';
import { SAVED_STATE_LIMITS } from '@/domain/saved-state-limits';
import { NO_SCORE, type ShortlistRow } from '@/features/shortlist/shortlist-model';
import { ICON_BUTTON, INPUT } from '@/features/shortlist/styles';

const MAX_NOTE = SAVED_STATE_LIMITS.shortlist.note;

interface ShortlistEntryProps {
  row: ShortlistRow;
  selected: boolean;
  onSelect: (id: string) => void;
  onMove: (id: string, delta: number) => void;
  onRemove: (id: string) => void;
  onNote: (id: string, note: string) => void;
}

export function ShortlistEntry({ row, selected, onSelect, onMove, onRemove, onNote }: ShortlistEntryProps) {
  const { clusterId: id, name } = row;
  return (
    <li className={`rounded-md border px-2 py-1.5 ${selected ? 'border-brand-600 bg-brand-50' : 'border-slate-200'}`}>
      <div className="flex items-start gap-2">
        <span className="w-6 shrink-0 text-right text-sm font-bold tabular-nums text-slate-900">{row.order}.</span>
        <div className="min-w-0 flex-1">
          <button
            type="button"
            className="text-left text-sm font-semibold wrap-anywhere text-brand-700 underline-offset-2 hover:underline"
            aria-pressed={selected}
            onClick={() => onSelect(id)}
          >
            {name}
          </button>
          <p className="text-xs wrap-anywhere text-slate-700">
            {row.state === NOT_STATED_TEXT ? <NotStated /> : row.state}
            {' · '}
            {row.score === NO_SCORE ? (
              <span title="Not in the current ranking (filtered out or no longer in the dataset)">
                Score —<span className="sr-only"> (not in the current dataset)</span>
              </span>
            ) : (
              `Score ${row.score} of 100`
            )}
            {!row.known && ' · not in the current dataset'}
          </p>
        </div>
        <div className="flex shrink-0 gap-1">
          <button
            type="button"
            className={ICON_BUTTON}
            aria-label={`Move ${name} up`}
            disabled={row.first}
            onClick={() => onMove(id, -1)}
          >
            ↑
          </button>
          <button
            type="button"
            className={ICON_BUTTON}
            aria-label={`Move ${name} down`}
            disabled={row.last}
            onClick={() => onMove(id, 1)}
          >
            ↓
          </button>
          <button
            type="button"
            className={ICON_BUTTON}
            aria-label={`Remove ${name} from shortlist`}
            onClick={() => onRemove(id)}
          >
            Remove
          </button>
        </div>
      </div>
      <label className="mt-1 block pl-8">
        <span className="sr-only">{`Note for ${name}`}</span>
        <textarea
          className={`${INPUT} min-h-8 resize-y`}
          rows={1}
          maxLength={MAX_NOTE}
          placeholder="Note (e.g. topics, contact person)"
          value={row.note}
          onChange={(e) => onNote(id, e.target.value)}
        />
      </label>
    </li>
  );
}
