import { useLoadedDataset } from '@/hooks/use-loaded-dataset';

/**
 * Records that failed validation are skipped, not fatal; this panel says which record,
 * which field and why, so a data editor can fix them and users know what is missing.
 */
export function DataQualityPanel() {
  const { problems } = useLoadedDataset();
  if (problems.length === 0) return null;
  const skipped = new Set(problems.map((p) => `${p.file}:${p.path.match(/^[^.]*?\[\d+\]/)?.[0] ?? p.path}`)).size;
  return (
    <details className="mx-3 mt-2 rounded-lg border-2 border-amber-600 bg-amber-50 px-3 py-2 text-amber-950">
      <summary className="cursor-pointer font-semibold">
        Data quality: {problems.length} problem{problems.length === 1 ? '' : 's'} in the dataset ({skipped} record
        {skipped === 1 ? '' : 's'} affected) — the rest of the data is shown
      </summary>
      <table className="mt-2 w-full text-left text-sm" aria-label="Data quality problems">
        <thead>
          <tr>
            <th className="pr-3">File</th>
            <th className="pr-3">Record</th>
            <th className="pr-3">Field</th>
            <th>Problem</th>
          </tr>
        </thead>
        <tbody>
          {problems.slice(0, 200).map((p, i) => (
            <tr key={i} className="border-t border-amber-200 align-top">
              <td className="pr-3 font-mono">{p.file}</td>
              <td className="pr-3">{p.recordId ?? 'unnamed record'}</td>
              <td className="pr-3 font-mono">{p.path}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
