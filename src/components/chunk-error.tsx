import { useTranslation } from 'react-i18next';
import { STANDALONE } from '@/components/standalone-i18n';

// A lazy view whose code cannot be fetched (offline with a chunk the browser never got, or an
// update that replaced it). The browser remembers a failed module import for the page's lifetime,
// so "Try again" cannot help: only loading the page again does.
const CHUNK_LOAD_FAILED = /dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

export const isChunkLoadError = (error: Error) => CHUNK_LOAD_FAILED.test(error.message);

export function ChunkLoadError() {
  const { t } = useTranslation('components', STANDALONE);
  return (
    <div role="alert" className="m-4 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900">
      <h2 className="text-lg font-bold">{t('chunkError.title')}</h2>
      <p className="mt-1">{t('chunkError.body')}</p>
      <button
        type="button"
        className="mt-3 rounded bg-red-800 px-3 py-1.5 font-semibold text-white hover:bg-red-900"
        onClick={() => window.location.reload()}
      >
        {t('chunkError.reload')}
      </button>
    </div>
  );
}
