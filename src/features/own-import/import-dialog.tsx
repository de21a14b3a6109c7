import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert';
import { buttonClass } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { DialogTitleBar } from '@/components/dialog-title-bar';
import { ownValuesProblems } from '@/data/schemas/own-facts';
import { SelectField } from '@/components/field';
import { suggestMapping, type ImportMapping } from '@/domain/own-facts/import-mapping';
import { importRows, prepareImport, type ImportData, type ImportResult } from '@/domain/own-facts/import-run';
import { toSheetTable } from '@/domain/own-facts/import-sheet';
import { ImportApply } from '@/features/own-import/import-apply';
import { ImportReport } from '@/features/own-import/import-report';
import { mappingIssueText } from '@/features/own-import/import-text';
import { MappingTable } from '@/features/own-import/mapping-table';
import {
  ACCEPTED_FILES,
  readImportFile,
  type PickedFile,
  type PickedSheet,
} from '@/features/own-import/read-import-file';

interface ImportDialogProps {
  data: ImportData;
  onClose: () => void;
  onApply: (result: ImportResult) => void;
}

type Picked = PickedFile & { at: string };

const hasNameColumn = (sheet: PickedSheet) => suggestMapping(toSheetTable(sheet.rows)?.header ?? []).includes('name');

/** Pick a file (and a sheet), check the mapping, read the report, then apply or cancel. */
export function ImportDialog({ data, onClose, onApply }: ImportDialogProps) {
  const { t, i18n } = useTranslation('ownImport');
  const titleId = useId();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [sheet, setSheet] = useState(0);
  const [mapping, setMapping] = useState<ImportMapping>([]);
  const [asNew, setAsNew] = useState<ReadonlySet<number>>(new Set());
  const { clusters, states, sectors, interests, ownFacts } = data;
  const prepared = useMemo(() => {
    const vocab = { sectors: new Set(sectors.map((s) => s.id)), interests: new Set(interests.map((i) => i.id)) };
    return prepareImport({ clusters, states, sectors, interests, ownFacts }, (values) =>
      ownValuesProblems(values, vocab),
    );
  }, [clusters, states, sectors, interests, ownFacts]);
  const sheets = picked?.ok ? picked.sheets : [];
  const current = picked?.ok ? picked.sheets[sheet] : undefined;
  const table = useMemo(() => (current ? toSheetTable(current.rows) : null), [current]);
  // Re-read on a language switch too: the problems are worded as they are read.
  const language = i18n.language;
  const result = useMemo(
    () =>
      picked?.ok && table
        ? importRows(prepared, table, mapping, { fileName: picked.fileName, now: picked.at }, asNew)
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- language is a dependency on purpose
    [prepared, table, mapping, picked, asNew, language],
  );

  const choose = (index: number, next: Picked | null) => {
    const rows = next?.ok ? next.sheets[index]?.rows : undefined;
    setSheet(index);
    setAsNew(new Set());
    setMapping(suggestMapping((rows && toSheetTable(rows)?.header) ?? []));
  };
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const next: Picked = { ...(await readImportFile(file)), at: new Date().toISOString() };
    setPicked(next);
    // A workbook often starts with a notes tab: open the first sheet whose header names an organisation.
    const first = next.ok ? Math.max(0, next.sheets.findIndex(hasNameColumn)) : 0;
    choose(first, next);
  };

  return (
    <Dialog
      labelledBy={titleId}
      onClose={onClose}
      className="m-auto w-[min(56rem,calc(100vw-2rem))] rounded-lg bg-white text-slate-900 shadow-xl"
      header={
        <DialogTitleBar id={titleId} title={t('ownImport:title')} cancel={t('ownImport:cancel')} onCancel={onClose} />
      }
      footer={table && result && <ImportApply result={result} onApply={() => onApply(result)} onCancel={onClose} />}
    >
      <p className="text-sm">{t('ownImport:intro')}</p>
      <div className="flex flex-wrap items-center gap-2">
        <label
          className={`${buttonClass()} cursor-pointer has-focus-visible:outline-3 has-focus-visible:outline-accent-500`}
        >
          <input type="file" accept={ACCEPTED_FILES} className="sr-only" onChange={onFile} />
          {picked ? t('ownImport:pickAnother') : t('ownImport:pick')}
        </label>
        {picked && <span className="text-sm break-all">{t('ownImport:fileName', { file: picked.fileName })}</span>}
      </div>
      {picked && !picked.ok && <Alert tone="error">{picked.message}</Alert>}
      {picked?.ok && sheets.length > 1 && (
        <SelectField
          label={t('ownImport:sheet')}
          value={sheet}
          onChange={(e) => choose(Number(e.currentTarget.value), picked)}
        >
          {sheets.map((s, i) => (
            <option key={i} value={i}>
              {s.name}
            </option>
          ))}
        </SelectField>
      )}
      {picked?.ok && !table && <Alert tone="error">{t('ownImport:file.empty')}</Alert>}
      {table && result && (
        <>
          <section className="space-y-1.5">
            <h3 className="font-semibold">{t('ownImport:mapping.heading')}</h3>
            <MappingTable
              header={table.header}
              example={table.body[0]?.cells ?? []}
              mapping={mapping}
              onChange={setMapping}
            />
          </section>
          {result.mappingIssues.length > 0 ? (
            <Alert tone="error">
              <ul className="list-disc pl-5">
                {result.mappingIssues.map((issue, i) => (
                  <li key={i}>{mappingIssueText(issue, table.header)}</li>
                ))}
              </ul>
            </Alert>
          ) : (
            <ImportReport
              result={result}
              asNew={asNew}
              onAsNew={(row, on) =>
                setAsNew((rows) => new Set([...rows].filter((r) => r !== row).concat(on ? [row] : [])))
              }
            />
          )}
        </>
      )}
    </Dialog>
  );
}
