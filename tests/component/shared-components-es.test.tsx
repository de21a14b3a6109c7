// The shared parts in Spanish, rendered alone (outside the app's providers, as the outermost error
// boundary is): badges, score bar, legend, link hint, loading line and error messages.
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ChunkLoadError } from '@/components/chunk-error';
import { CriterionLegend } from '@/components/criterion-legend';
import { EccpBadge } from '@/components/eccp-badge';
import { ErrorBoundary } from '@/components/error-boundary';
import { LabelBadge } from '@/components/label-badge';
import { Loading } from '@/components/loading';
import { NotStated } from '@/components/not-stated';
import { SafeLink } from '@/components/safe-link';
import { ScoreBar } from '@/components/score-bar';
import { judgeLabel } from '@/domain/labels';
import { criterionResult } from '../fixtures/criterion-result';
import { inSpanish } from './spanish';

const source = { doc: 'briefing-2019', section: 'x' } as const;

function Throws(): never {
  throw new Error('datos dañados');
}

inSpanish();

describe('shared components in Spanish', () => {
  it('LabelBadge spells the level and validity date in Spanish', () => {
    render(
      <LabelBadge
        label={judgeLabel({ level: 'gold', validUntil: '2019-06-23', edition: 'briefing-2019', source }, '2026-01-01')}
      />,
    );
    expect(screen.getByText('Sello ESCA Oro,').parentElement).toHaveTextContent(
      'Sello ESCA Oro, vencido el 23 de junio de 2019',
    );
  });

  it('ScoreBar is named by its points in Spanish', () => {
    render(<ScoreBar criteria={[criterionResult('sector', 30.5)]} total={42.5} />);
    expect(screen.getByRole('img')).toHaveAccessibleName(/^Puntuación: 42[.,]5 de 100\. \S.* 30[.,]5$/);
  });

  it('badges, gap wording, legend, link hint and loading line', () => {
    render(
      <>
        <EccpBadge member />
        <EccpBadge member={false} />
        <NotStated />
        <CriterionLegend />
        <SafeLink href="https://example.org">Sitio</SafeLink>
        <Loading what="el mapa" />
      </>,
    );
    expect(screen.getByText('Miembro de la ECCP')).toBeInTheDocument();
    expect(screen.getByText('No figura en la ECCP')).toBeInTheDocument();
    expect(screen.getByText('no consta en las fuentes')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Colores de la puntuación' })).toBeInTheDocument();
    expect(screen.getByRole('link')).toHaveAccessibleName('Sitio (se abre en una pestaña nueva)');
    expect(screen.getByRole('status')).toHaveTextContent('Cargando el mapa…');
  });

  it('error messages: a failed part, a failure anywhere, and a chunk that cannot load', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <>
        <ErrorBoundary area="el mapa">
          <Throws />
        </ErrorBoundary>
        <ErrorBoundary>
          <Throws />
        </ErrorBoundary>
        <ChunkLoadError />
      </>,
    );
    const [part, app, chunk] = screen.getAllByRole('alert');
    expect(part).toHaveTextContent('No se pudo mostrar el mapa');
    expect(part).toHaveTextContent('datos dañados');
    expect(app).toHaveTextContent('Algo salió mal');
    expect(screen.getAllByRole('button', { name: 'Intentar de nuevo' })).toHaveLength(2);
    expect(chunk).toHaveTextContent('No se pudo cargar esta parte de la aplicación');
    expect(screen.getByRole('button', { name: 'Volver a cargar' })).toBeInTheDocument();
  });
});
