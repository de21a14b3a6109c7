import { Trans, useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { DatasetFileError } from '@/data/validate';

interface Props {
  error: Error;
  onRetry: () => void;
  retrying: boolean;
}

/** Names the broken file and its first problems, and offers Retry: never a blank page. */
export function DatasetError({ error, onRetry, retrying }: Props) {
  const { t } = useTranslation('app');
  const file = error instanceof DatasetFileError ? error.file : null;
  const problems = error instanceof DatasetFileError ? error.problems.slice(0, 5) : [];
  return (
    <div role="alert" className="mx-auto mt-10 max-w-2xl rounded-xl border-2 border-red-700 bg-white p-6 shadow">
      <h2 className="text-xl font-bold text-red-800">{t('datasetError.title')}</h2>
      <p className="mt-2 text-slate-800">
        {file ? (
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
      {problems.length > 0 && (
        <ul className="mt-3 list-disc space-y-1 pl-6 text-slate-800">
          {problems.map((p, i) => (
            <li key={i}>
              <code className="font-mono text-sm">{p.path}</code>: {p.message}
            </li>
          ))}
        </ul>
      )}
      <Button variant="primary" size="md" onClick={onRetry} disabled={retrying} className="mt-4">
        {retrying ? t('datasetError.retrying') : t('datasetError.retry')}
      </Button>
    </div>
  );
}
