import { useState, type ChangeEvent } from 'react';
import { MAX_IMPORT_BYTES, parseShortlistFile, tooLargeMessage, type ImportProblem } from '@/data/parse-shortlist-file';
import { Alert } from '@/components/alert';
import { buttonClass } from '@/components/button';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';
import { importedMessage } from '@/features/meeting-list/import-model';

/** Loads a colleague's shortlist file; an invalid file is explained problem by problem and changes nothing. */
export function ImportShortlist() {
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
      setProblems([{ path: '(file)', message: tooLargeMessage(file.size) }]);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setProblems([{ path: '(file)', message: 'The file could not be read' }]);
      return;
    }
    const result = parseShortlistFile(text, new Set(dataset.clusters.map((c) => c.id)));
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    const added = importShortlist(result.shortlist);
    addNotice('import', importedMessage(result.shortlist, added.name, result.unknownClusterIds.length));
  };

  return (
    <div className="space-y-1.5">
      {/* The visually hidden file input shows its focus on the label that looks like a button. */}
      <label
        className={`${buttonClass()} cursor-pointer has-focus-visible:outline-3 has-focus-visible:outline-accent-500`}
      >
        <input type="file" accept=".json,application/json" className="sr-only" onChange={onFile} />
        Import shortlist file
      </label>
      {problems.length > 0 && (
        <Alert tone="error">
          <p className="font-semibold">
            {`"${fileName}" was not imported; nothing was changed. ${problems.length === 1 ? 'Problem' : 'Problems'}:`}
          </p>
          <ul className="mt-1 list-disc pl-5">
            {problems.slice(0, 50).map((p, i) => (
              <li key={i} className="break-words">{`${p.path}: ${p.message}`}</li>
            ))}
          </ul>
          {problems.length > 50 && <p>…and {problems.length - 50} more.</p>}
        </Alert>
      )}
    </div>
  );
}
