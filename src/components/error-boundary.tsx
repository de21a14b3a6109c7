import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChunkLoadError, isChunkLoadError } from '@/components/chunk-error';
import { Button } from '@/components/button';
import { STANDALONE } from '@/components/standalone-i18n';

interface Props {
  children: ReactNode;
  /** The part that failed, already translated and ready for the sentence ("map" / "el mapa"). */
  area?: string;
}

interface State {
  error: Error | null;
}

/** Last line of defence: a readable message instead of a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`[${this.props.area ?? 'app'}] ${error.message}`, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (isChunkLoadError(error)) return <ChunkLoadError />;
    return <ErrorMessage error={error} area={this.props.area} onRetry={() => this.setState({ error: null })} />;
  }
}

// A function component, so the message follows the language like the rest of the page.
function ErrorMessage({ error, area, onRetry }: { error: Error; area?: string; onRetry: () => void }) {
  const { t } = useTranslation('components', STANDALONE);
  return (
    <div role="alert" className="m-4 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900">
      <h2 className="text-lg font-bold">
        {area ? t('errorBoundary.areaFailed', { area }) : t('errorBoundary.somethingWrong')}
      </h2>
      <p className="mt-1">{error.message}</p>
      <Button variant="danger" size="md" className="mt-3" onClick={onRetry}>
        {t('errorBoundary.tryAgain')}
      </Button>
    </div>
  );
}
