import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, buttonClass } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { DialogTitleBar } from '@/components/dialog-title-bar';
import { downloadText } from '@/components/download';
import { mergeImport } from '@/domain/b2b/import-apply';
import { importTemplateSheets } from '@/domain/b2b/import-template';
import { previewImport, type ImportPreview } from '@/domain/b2b/import-workspace';
import type { B2bWorkspace } from '@/domain/b2b/participants';
import { sameSideInImport } from '@/domain/b2b/same-side';
import { ImportReport } from '@/features/b2b-import/import-report';
import { readImportFile } from '@/features/b2b-import/read-file';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface B2bImportProps {
  workspace: B2bWorkspace;
  /** Called once, with the merged workspace, when the person applies a file without problems. */
  onApply: (next: B2bWorkspace) => void;
}

/** Imports participants, availability and requests from a CSV or .xlsx, after a row-by-row report. */
export function B2bImport({ workspace, onApply }: B2bImportProps) {
  const { t } = useTranslation('b2bImport');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('b2bImport:button')}</Button>
      {open && <ImportDialog workspace={workspace} onApply={onApply} onClose={() => setOpen(false)} />}
    </>
  );
}

function ImportDialog({ workspace, onApply, onClose }: B2bImportProps & { onClose: () => void }) {
  const { t } = useTranslation('b2bImport');
  const titleId = useId();
  const [read, setRead] = useState<{ file: string; preview: ImportPreview } | null>(null);
  const merged = read ? mergeImport(workspace, read.preview) : null;

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    // Cleared so choosing the same file again (after fixing it) fires a change.
    input.value = '';
    if (!file) return;
    const source = await readImportFile(file);
    setRead({ file: file.name, preview: previewImport(source, workspace) });
  };

  const downloadTemplate = async () => {
    const { buildXlsxBook } = await import('@/domain/xlsx');
    const names = {
      participants: t('b2bImport:template.participants'),
      availability: t('b2bImport:template.availability'),
      requests: t('b2bImport:template.requests'),
    };
    downloadText(t('b2bImport:template.fileName'), buildXlsxBook(importTemplateSheets(names)), XLSX_MIME);
  };

  const apply = () => {
    if (!merged) return;
    onApply(merged.next);
    onClose();
  };

  // A long problem table scrolls between the title and the buttons, which stay in view.
  return (
    <Dialog
      labelledBy={titleId}
      onClose={onClose}
      className="m-auto w-full max-w-3xl rounded-lg bg-white text-slate-900 shadow-xl"
      header={
        <DialogTitleBar id={titleId} title={t('b2bImport:title')} cancel={t('b2bImport:cancel')} onCancel={onClose} />
      }
      footer={
        <div className="flex justify-end gap-2">
          <Button variant="neutral" size="md" onClick={onClose}>
            {t('b2bImport:cancel')}
          </Button>
          <Button variant="primary" size="md" disabled={!merged} onClick={apply}>
            {t('b2bImport:apply')}
          </Button>
        </div>
      }
    >
      <p className="text-sm">{t('b2bImport:intro')}</p>
      <ul className="list-disc pl-5 text-sm">
        <li>{t('b2bImport:columns.participants')}</li>
        <li>{t('b2bImport:columns.availability')}</li>
        <li>{t('b2bImport:columns.requests')}</li>
      </ul>
      <div className="flex flex-wrap gap-2">
        {/* The visually hidden file input shows its focus on the label that looks like a button. */}
        <label
          className={`${buttonClass('secondary', 'md')} cursor-pointer has-focus-visible:outline-3 has-focus-visible:outline-accent-500`}
        >
          <input
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="sr-only"
            onChange={onFile}
          />
          {t('b2bImport:chooseFile')}
        </label>
        <Button variant="neutral" size="md" onClick={() => void downloadTemplate()}>
          {t('b2bImport:template.download')}
        </Button>
      </div>
      {read && (
        <ImportReport
          file={read.file}
          preview={read.preview}
          changes={merged?.changes ?? null}
          sameSide={sameSideInImport(workspace, read.preview)}
        />
      )}
    </Dialog>
  );
}
