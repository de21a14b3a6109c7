// Pure helpers behind the shared components in src/components.
import { describe, expect, it } from 'vitest';
import { formatPercent, formatPoints } from '@/domain/format';
import { judgeLabel, labelStatus, labelValidityText } from '@/domain/labels';
import { isSafeHttpUrl } from '@/components/safe-url';
import { scoreBarLabel } from '@/components/score-bar';
import type { CriterionResult } from '@/domain/ranking/types';
import type { ClusterLabel } from '@/domain/types';

const label = (validUntil: string | null): ClusterLabel => ({
  level: 'gold',
  validUntil,
  edition: 'briefing-2019',
  source: { doc: 'briefing-2019', section: 'x' },
});

describe('shared component helpers', () => {
  it('accepts only http(s) URLs as links', () => {
    expect(isSafeHttpUrl('https://example.org/a')).toBe(true);
    expect(isSafeHttpUrl(' http://example.org ')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      'ftp://x.org',
      'example.org',
      '',
      null,
      undefined,
    ]) {
      expect(isSafeHttpUrl(bad)).toBe(false);
    }
  });

  it('words label validity against the as-of date (valid on the day itself)', () => {
    const text = (validUntil: string | null, asOf: string) => labelValidityText(judgeLabel(label(validUntil), asOf));
    expect(text('2021-02-15', '2020-01-01')).toBe('valid until 15 Feb 2021');
    expect(text('2021-02-15', '2021-02-15')).toBe('valid until 15 Feb 2021');
    expect(text('2019-06-23', '2026-01-01')).toBe('expired 23 Jun 2019');
    expect(text(null, '2026-01-01')).toBe('no validity date stated');
    expect(labelStatus(label(null), '2026-01-01')).toBe('undated');
  });

  it('formats points and percentages', () => {
    expect(formatPoints(72)).toBe('72');
    expect(formatPoints(72.46)).toBe('72.5');
    expect(formatPoints(0)).toBe('0');
    expect(formatPercent(0.734)).toBe('73%');
  });

  it('lists the points of every weighted criterion in the score bar label', () => {
    const c = (id: CriterionResult['id'], weight: number, contribution: number): CriterionResult => ({
      id,
      score: 0,
      weight,
      contribution,
      reason: '',
      known: true,
    });
    expect(scoreBarLabel([c('sector', 8, 30), c('label', 5, 12.04), c('interests', 0, 0)], 72)).toBe(
      'Score 72 of 100: Sector fit 30, ESCA label 12',
    );
    expect(scoreBarLabel([], 0)).toBe('Score 0 of 100');
  });
});
