import { Suspense, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { SavedLists } from '@/app/lazy-views';
import { Button } from '@/components/button';
import { DataTable, type Column } from '@/components/data-table';
import { ErrorBoundary } from '@/components/error-boundary';
import { Loading } from '@/components/loading';
import { DatasetVersionError } from '@/data/dataset-version-error';
import { DatasetFileError } from '@/data/validate';

function VersionTable({ error }: { error: DatasetVersionError }) {
  const { t } = useTranslation('app');
  type Row = DatasetVersionError['versions'][number];
  const differs = (row: Row) => row.version !== error.expected;
  const columns: Column<Row>[] = [
    { header: t('datasetError.versions.file'), cell: (r) => r.file, className: 'font-mono' },
    {
      header: t('datasetError.versions.version'),
      cell: (r) => r.version ?? t('datasetError.versions.none'),
      className: 'font-mono wrap-anywhere',
    },
    {
      header: t('datasetError.versions.status'),
      cell: (r) =>
        differs(r) ? t('datasetError.versions.differs', { expected: error.expected }) : t('datasetError.versions.same'),
    },
  ];
  return (
    <DataTable
      caption={t('datasetError.versions.table')}
      columns={columns}
      rows={error.versions}
      rowKey={(r) => r.file}
      rowClassName={(r) => (differs(r) ? 'font-semibold text-red-800' : '')}
      className="mt-3 text-slate-800"
    />
  );
}

interface Props {
  error: Error;
  onRetry: () => void;
  retrying: boolean;
  /**
   * The policies or context figures failed (loaded after the first render): the dashboard stays,
   * this says what is missing from it, above it.
   */
  annex?: boolean;
}

/**
 * Names the broken file and its first problems (or each file's version when the set is mixed), offers
 * Retry, and keeps the saved shortlists reachable: never a blank page, never a dead end.
 */
export function DatasetError({ error, onRetry, retrying, annex = false }: Props) {
  const { t } = useTranslation('app');
  const [listsOpen, setListsOpen] = useState(false);
  const versions = error instanceof DatasetVersionError ? error : null;
  const file = error instanceof DatasetFileError ? error.file : null;
  const problems = error instanceof DatasetFileError && !versions ? error.problems.slice(0, 5) : [];
  return (
    <div className={`mx-auto w-full max-w-3xl min-w-0 space-y-4 px-3 ${annex ? 'mt-2' : 'mt-10'}`}>
      <div role="alert" className={`rounded-xl border-2 border-red-700 bg-white shadow ${annex ? 'p-4' : 'p-6'}`}>
        <h2 className="text-xl font-bold text-red-800">
          {annex
            ? t('datasetError.annex.title')
            : versions
              ? t('datasetError.versions.title')
              : t('datasetError.title')}
        </h2>
        <p className="mt-2 wrap-anywhere text-slate-800">
          {versions ? (
            t(annex ? 'datasetError.annex.versionsIntro' : 'datasetError.versions.intro', {
              expected: versions.expected,
            })
          ) : file ? (
            <Trans
              t={t}
              i18nKey="datasetError.file"
              values={{ file }}
              components={{ file: <code className="rounded bg-slate-100 px-1 font-mono" /> }}
            />
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
            {retrying ? t('datasetError.retrying') : t('datasetError.retry')}
          </Button>
          {!annex && (
            <Button size="md" aria-expanded={listsOpen} onClick={() => setListsOpen((open) => !open)}>
              {listsOpen ? t('datasetError.hideLists') : t('datasetError.openLists')}
            </Button>
          )}
        </div>
      </div>
      {listsOpen && (
        <ErrorBoundary area={t('area.savedLists')}>
          <Suspense fallback={<Loading what={t('loading.savedLists')} />}>
            <SavedLists />
          </Suspense>
        </ErrorBoundary>
      )}
    </div>
  );
}
