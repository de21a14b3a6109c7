import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '@/components/button';
import { SelectField } from '@/components/field';
import { useAppStore } from '@/stores/app-store';
import { NameForm } from '@/features/shortlist/name-form';

type Mode = 'idle' | 'new' | 'rename' | 'delete';

/** Choose, create, rename or delete the named shortlists (one per event). */
export function ShortlistPicker() {
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
            label="Shortlist"
            className="min-w-0 flex-1"
            value={active?.id ?? ''}
            onChange={(e) => {
              setActiveShortlist(e.target.value);
              setMode('idle');
            }}
          >
            {!active && <option value="">Choose a shortlist</option>}
            {lists.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </SelectField>
        )}
        <Button onClick={() => setMode('new')}>New shortlist</Button>
        <Button onClick={() => setMode('rename')} disabled={!active}>
          Rename
        </Button>
        <Button onClick={() => setMode('delete')} disabled={!active}>
          Delete
        </Button>
      </div>
      {mode === 'new' && (
        <NameForm
          label="Name of the new shortlist"
          submitLabel="Create shortlist"
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
          label={`New name for ${active.name}`}
          submitLabel="Save name"
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
          aria-label="Confirm delete"
          className="space-y-1 rounded-md border border-red-700 bg-red-50 p-2"
        >
          <p className="text-sm text-red-950">
            {`Delete the shortlist "${active.name}" with its ${entryCount} ${entryCount === 1 ? 'cluster' : 'clusters'}, notes and event? A notice will offer to undo it.`}
          </p>
          <div className="flex gap-1.5">
            <Button
              variant="danger"
              onClick={() => {
                deleteShortlist(active.id);
                setMode('idle');
              }}
            >
              {`Yes, delete ${active.name}`}
            </Button>
            {/* The safe choice gets the focus. */}
            <Button autoFocus onClick={() => setMode('idle')}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
