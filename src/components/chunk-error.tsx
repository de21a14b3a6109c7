// A lazy view whose code cannot be fetched (offline with a chunk the browser never got, or an
// update that replaced it). The browser remembers a failed module import for the page's lifetime,
// so "Try again" cannot help: only loading the page again does.
const CHUNK_LOAD_FAILED = /dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

const TEXT = {
  title: 'This part of the app could not be loaded',
  body: 'The connection may have dropped, or a new version was installed meanwhile. Your shortlist and meetings are kept.',
  reload: 'Reload',
};

export const isChunkLoadError = (error: Error) => CHUNK_LOAD_FAILED.test(error.message);

export function ChunkLoadError() {
  return (
    <div role="alert" className="m-4 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900">
      <h2 className="text-lg font-bold">{TEXT.title}</h2>
      <p className="mt-1">{TEXT.body}</p>
      <button
        type="button"
        className="mt-3 rounded bg-red-800 px-3 py-1.5 font-semibold text-white hover:bg-red-900"
        onClick={() => window.location.reload()}
      >
        {TEXT.reload}
      </button>
    </div>
  );
}
