import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '@/components/button';
import { SelectField } from '@/components/field';
import { formatNumber } from '@/domain/format';
import { useAppStore } from '@/stores/app-store';
import { NameForm } from '@/features/shortlist/name-form';

type Mode = 'idle' | 'new' | 'rename' | 'delete';

/** Choose, create, rename or delete the named shortlists (one per event). */
export function ShortlistPicker() {
  const { t } = useTranslation('shortlist');
  const lists = useAppStore((s) => s.shortlists);
  const activeId = useAppStore((s) => s.activeShortlistId);
  const { createShortlist, renameShortlist, deleteShortlist, setActiveShortlist } = useAppStore(
    useShallow((s) => ({
      createShortlist: s.createShortlist,
      renameShortlist: s.renameShortlist,
      deleteShortlist: s.deleteShortlist,
      setActiveShortlist: s.setActiveShortlist,
    })),
  );
  const [mode, setMode] = useState<Mode>('idle');
  const active = lists.find((l) => l.id === activeId) ?? null;
  const names = lists.map((l) => l.name);
  const entryCount = active?.entries.length ?? 0;

  return (
    <div className="space-y-1.5">
      <div className="flex flex-wrap items-end gap-1.5">
        {lists.length > 0 && (
          <SelectField
            label={t('picker.label')}
            className="min-w-0 flex-1"
            value={active?.id ?? ''}
            onChange={(e) => {
              setActiveShortlist(e.target.value);
              setMode('idle');
            }}
          >
            {!active && <option value="">{t('picker.choose')}</option>}
            {lists.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </SelectField>
        )}
        <Button onClick={() => setMode('new')}>{t('picker.new')}</Button>
        <Button onClick={() => setMode('rename')} disabled={!active}>
          {t('picker.rename')}
        </Button>
        <Button onClick={() => setMode('delete')} disabled={!active}>
          {t('picker.delete')}
        </Button>
      </div>
      {mode === 'new' && (
        <NameForm
          label={t('picker.newName')}
          submitLabel={t('picker.create')}
          initial=""
          otherNames={names}
          onSubmit={(name) => {
            createShortlist(name);
            setMode('idle');
          }}
          onCancel={() => setMode('idle')}
        />
      )}
      {mode === 'rename' && active && (
        <NameForm
          label={t('picker.renameLabel', { name: active.name })}
          submitLabel={t('picker.saveName')}
          initial={active.name}
          otherNames={names.filter((n) => n !== active.name)}
          onSubmit={(name) => {
            renameShortlist(name);
            setMode('idle');
          }}
          onCancel={() => setMode('idle')}
        />
      )}
      {mode === 'delete' && active && (
        <div
          role="group"
          aria-label={t('picker.confirmLabel')}
          className="space-y-1 rounded-md border border-red-700 bg-red-50 p-2"
        >
          <p className="text-sm text-red-950">
            {t('picker.confirm', { name: active.name, count: entryCount, n: formatNumber(entryCount, 0) })}
          </p>
          <div className="flex gap-1.5">
            <Button
              variant="danger"
              onClick={() => {
                deleteShortlist(active.id);
                setMode('idle');
              }}
            >
              {t('picker.confirmYes', { name: active.name })}
            </Button>
            {/* The safe choice gets the focus. */}
            <Button autoFocus onClick={() => setMode('idle')}>
              {t('picker.cancel')}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
