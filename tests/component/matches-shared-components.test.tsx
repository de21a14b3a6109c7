// The shared presentational pieces in src/components, rendered alone.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CriterionLegend } from '@/components/criterion-legend';
import { EccpBadge } from '@/components/eccp-badge';
import { LabelBadge } from '@/components/label-badge';
import { judgeLabel } from '@/domain/labels';
import { NotStated } from '@/components/not-stated';
import { SafeLink } from '@/components/safe-link';
import { ScoreBar } from '@/components/score-bar';
import { criterionResult } from '../fixtures/criterion-result';

const source = { doc: 'briefing-2019', section: 'x' } as const;

describe('shared components', () => {
  it('SafeLink opens http(s) in a new tab and leaves anything else as text', () => {
    const { rerender } = render(<SafeLink href="https://example.org">Example site</SafeLink>);
    const link = screen.getByRole('link', { name: /Example site/ });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAccessibleName('Example site (opens in a new tab)');

    rerender(<SafeLink href="javascript:alert(1)">Bad</SafeLink>);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('Bad')).toBeInTheDocument();

    rerender(<SafeLink href={null} />);
    expect(screen.getByText('not stated in the sources')).toBeInTheDocument();
  });

  it('LabelBadge spells out level and validity', () => {
    const { rerender } = render(
      <LabelBadge
        label={judgeLabel({ level: 'gold', validUntil: '2019-06-23', edition: 'briefing-2019', source }, '2026-01-01')}
      />,
    );
    expect(screen.getByText(/Gold ESCA label/).parentElement).toHaveTextContent('Gold ESCA label, expired 23 Jun 2019');
    rerender(
      <LabelBadge
        label={judgeLabel(
          { level: 'silver', validUntil: '2021-02-15', edition: 'briefing-2019', source },
          '2020-01-01',
        )}
      />,
    );
    expect(screen.getByText('valid until 15 Feb 2021')).toBeInTheDocument();
    rerender(<LabelBadge label={null} />);
    expect(screen.getByText('No ESCA label')).toBeInTheDocument();
  });

  it('ScoreBar is an image named by its points, one segment per scoring criterion', () => {
    const c = criterionResult;
    render(<ScoreBar criteria={[c('sector', 30), c('label', 12), c('eccp', 0)]} total={42} />);
    const img = screen.getByRole('img', { name: 'Score 42 of 100: Sector fit 30, ESCA label 12, ECCP membership 0' });
    expect(img.children).toHaveLength(2);
    expect(img.children[0]).toHaveClass('bg-crit-sector');
    expect(img.children[0]).toHaveStyle({ width: '30%' });
  });

  it('badges, gap wording and legend are text', () => {
    render(
      <>
        <EccpBadge member />
        <EccpBadge member={false} />
        <EccpBadge member={false} hideWhenNot />
        <NotStated />
        <CriterionLegend />
      </>,
    );
    expect(screen.getByText('ECCP member')).toBeInTheDocument();
    expect(screen.getAllByText('Not listed on the ECCP')).toHaveLength(1);
    expect(screen.getByText('not stated in the sources')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Score colours' })).toHaveTextContent('Existing EU links');
  });
});
