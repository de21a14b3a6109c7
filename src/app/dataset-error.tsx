import { Suspense, useState } from 'react';
import { SavedLists } from '@/app/lazy-views';
import { Button } from '@/components/button';
import { ErrorBoundary } from '@/components/error-boundary';
import { Loading } from '@/components/loading';
import { DatasetVersionError } from '@/data/dataset-version';
import { DatasetFileError } from '@/data/validate';

// What the user reads here, in one place (a later pass translates it).
const TEXT = {
  heading: 'The dataset could not be loaded',
  fileBefore: 'The file ',
  fileAfter: ' has a problem.',
  versionsHeading: 'The data files are of different versions',
  versionsIntro: (expected: string) =>
    `The dataset is published as one set: meta.json names version ${expected}, and every data file must be of ` +
    'that version. The files marked below are not (a copy kept by the browser or a network cache, or a ' +
    'publication still in progress), so nothing is shown rather than a mix of versions. Try again in a moment.',
  versionsTable: 'Dataset version of each file',
  file: 'File',
  version: 'Version',
  status: 'Status',
  noVersion: 'none stated',
  differs: (expected: string) => `different from ${expected}`,
  same: 'matches',
  retry: 'Retry',
  retrying: 'Retrying…',
  openLists: 'Open my saved shortlists',
  hideLists: 'Hide my saved shortlists',
} as const;

function VersionTable({ error }: { error: DatasetVersionError }) {
  return (
    <table aria-label={TEXT.versionsTable} className="mt-3 w-full text-left text-sm text-slate-800">
      <thead>
        <tr>
          <th className="pr-3">{TEXT.file}</th>
          <th className="pr-3">{TEXT.version}</th>
          <th>{TEXT.status}</th>
        </tr>
      </thead>
      <tbody>
        {error.versions.map(({ file, version }) => {
          const differs = version !== error.expected;
          return (
            <tr key={file} className={`border-t border-slate-200 ${differs ? 'font-semibold text-red-800' : ''}`}>
              <td className="pr-3 font-mono">{file}</td>
              <td className="pr-3 font-mono wrap-anywhere">{version ?? TEXT.noVersion}</td>
              <td>{differs ? TEXT.differs(error.expected) : TEXT.same}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

interface Props {
  error: Error;
  onRetry: () => void;
  retrying: boolean;
}

/**
 * Names the broken file and its first problems (or each file's version when the set is mixed), offers
 * Retry, and keeps the saved shortlists reachable: never a blank page, never a dead end.
 */
export function DatasetError({ error, onRetry, retrying }: Props) {
  const [listsOpen, setListsOpen] = useState(false);
  const versions = error instanceof DatasetVersionError ? error : null;
  const file = error instanceof DatasetFileError ? error.file : null;
  const problems = error instanceof DatasetFileError && !versions ? error.problems.slice(0, 5) : [];
  return (
    <div className="mx-auto mt-10 w-full max-w-3xl min-w-0 space-y-4 px-3">
      <div role="alert" className="rounded-xl border-2 border-red-700 bg-white p-6 shadow">
        <h2 className="text-xl font-bold text-red-800">{versions ? TEXT.versionsHeading : TEXT.heading}</h2>
        <p className="mt-2 wrap-anywhere text-slate-800">
          {versions ? (
            TEXT.versionsIntro(versions.expected)
          ) : file ? (
            <>
              {TEXT.fileBefore}
              <code className="rounded bg-slate-100 px-1 font-mono">{file}</code>
              {TEXT.fileAfter}
            </>
          ) : (
            error.message
          )}
        </p>
        {versions && <VersionTable error={versions} />}
        {problems.length > 0 && (
          <ul className="mt-3 list-disc space-y-1 pl-6 wrap-anywhere text-slate-800">
            {problems.map((p, i) => (
              <li key={i}>
                <code className="font-mono text-sm">{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
        )}
        <div className="mt-4 flex flex-wrap gap-2">
          <Button variant="primary" size="md" onClick={onRetry} disabled={retrying}>
            {retrying ? TEXT.retrying : TEXT.retry}
          </Button>
          <Button size="md" aria-expanded={listsOpen} onClick={() => setListsOpen((open) => !open)}>
            {listsOpen ? TEXT.hideLists : TEXT.openLists}
          </Button>
        </div>
      </div>
      {listsOpen && (
        <ErrorBoundary area="saved shortlists">
          <Suspense fallback={<Loading what="your saved shortlists" />}>
            <SavedLists />
          </Suspense>
        </ErrorBoundary>
      )}
    </div>
  );
}
