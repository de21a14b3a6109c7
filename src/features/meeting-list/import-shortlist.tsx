import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BYTES, parseShortlistFile, tooLargeMessage, type ImportProblem } from '@/data/parse-shortlist-file';
import { Alert } from '@/components/alert';
import { buttonClass } from '@/components/button';
import { formatNumber } from '@/domain/format';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';
import { importedMessage } from '@/features/meeting-list/import-model';

// The path parseShortlistFile gives a problem with the file as a whole; shown in the reader's language.
const WHOLE_FILE = '(file)';

/** Loads a colleague's shortlist file; an invalid file is explained problem by problem and changes nothing. */
export function ImportShortlist() {
  const { t } = useTranslation('meetings');
  const dataset = useDatasetValue();
  const importShortlist = useAppStore((s) => s.importShortlist);
  const addNotice = useAppStore((s) => s.addNotice);
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [fileName, setFileName] = useState('');

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    // Cleared so choosing the same file again (after fixing it) fires a change.
    input.value = '';
    if (!file) return;
    setFileName(file.name);
    if (file.size > MAX_IMPORT_BYTES) {
      setProblems([{ path: WHOLE_FILE, message: tooLargeMessage(file.size) }]);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setProblems([{ path: WHOLE_FILE, message: t('import.unreadable') }]);
      return;
    }
    const result = parseShortlistFile(text, new Set(dataset.clusters.map((c) => c.id)));
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    const added = importShortlist(result.shortlist);
    addNotice('import', () => importedMessage(result.shortlist, added.name, result.unknownClusterIds.length));
  };

  return (
    <div className="space-y-1.5">
      {/* The visually hidden file input shows its focus on the label that looks like a button. */}
      <label
        className={`${buttonClass()} cursor-pointer has-focus-visible:outline-3 has-focus-visible:outline-accent-500`}
      >
        <input type="file" accept=".json,application/json" className="sr-only" onChange={onFile} />
        {t('import.button')}
      </label>
      {problems.length > 0 && (
        <Alert tone="error">
          <p className="font-semibold">{t('import.failed', { count: problems.length, file: fileName })}</p>
          <ul className="mt-1 list-disc pl-5">
            {problems.slice(0, 50).map((p, i) => (
              <li key={i} className="break-words">
                {p.path === WHOLE_FILE ? t('import.wholeFile') : p.path}: {p.message}
              </li>
            ))}
          </ul>
          {problems.length > 50 && (
            <p>{t('import.more', { count: problems.length - 50, n: formatNumber(problems.length - 50, 0) })}</p>
          )}
        </Alert>
      )}
    </div>
  );
}
