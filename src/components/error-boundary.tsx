import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ChunkLoadError, isChunkLoadError } from '@/components/chunk-error';
import { Button } from '@/components/button';

interface State {
  error: Error | null;
}

/** Last line of defence: a readable message instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode; area?: string }, State> {
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
    return (
      <div role="alert" className="m-4 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900">
        <h2 className="text-lg font-bold">
          {this.props.area ? `The ${this.props.area} could not be shown` : 'Something went wrong'}
        </h2>
        <p className="mt-1">{error.message}</p>
        <Button variant="danger" size="md" className="mt-3" onClick={() => this.setState({ error: null })}>
          Try again
        </Button>
      </div>
    );
  }
}
