import { DEFAULT_WEIGHTS, EMPTY_FILTERS, defaultProfile } from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { rank } from '@/domain/ranking/rank';
import { buildSlide, keyStep } from '@/features/presentation/presentation-model';
import { IDS, shortlistParsed } from '../fixtures/shortlist-fixture';

describe('keyStep', () => {
  it('steps forward and back within the slides', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' '])
      expect(keyStep(key, 2, 10)).toEqual({ kind: 'go', index: 3 });
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(keyStep(key, 2, 10)).toEqual({ kind: 'go', index: 1 });
    expect(keyStep('ArrowRight', 9, 10)).toEqual({ kind: 'go', index: 9 });
    expect(keyStep('ArrowLeft', 0, 10)).toEqual({ kind: 'go', index: 0 });
    expect(keyStep('Home', 5, 10)).toEqual({ kind: 'go', index: 0 });
    expect(keyStep('End', 5, 10)).toEqual({ kind: 'go', index: 9 });
  });

  it('leaves on Esc, even with nothing to show, and ignores other keys', () => {
    expect(keyStep('Escape', 0, 0)).toEqual({ kind: 'leave' });
    expect(keyStep('ArrowRight', 0, 0)).toBeNull();
    expect(keyStep('a', 0, 10)).toBeNull();
  });
});

describe('buildSlide', () => {
  const { dataset } = shortlistParsed();
  const matches = rank({ ...defaultProfile('2026-01-15'), sectors: ['aerospace'] }, buildIndex(dataset), {
    weights: DEFAULT_WEIGHTS,
    expiredLabelFactor: 0.5,
    filters: EMPTY_FILTERS,
  });

  it('describes one match with text for every score and badge', () => {
    const index = matches.findIndex((m) => m.cluster.id === IDS.queretaro);
    const slide = buildSlide(matches, index);
    expect(slide).toMatchObject({
      name: 'Clúster Aeroespacial de Querétaro',
      state: 'Querétaro',
      labelText: 'Gold ESCA label, expired 23 Jun 2019',
      eccpText: 'ECCP member',
      position: `${index + 1} / ${matches.length}`,
      rank: index + 1,
    });
    expect(slide?.reasons.length).toBeGreaterThan(0);
  });

  it('hints at the next match and says when the state is unknown', () => {
    const last = buildSlide(matches, matches.length - 1);
    expect(last?.nextName).toBeNull();
    expect(buildSlide(matches, 0)?.nextName).toBe(matches[1].cluster.name);
    const ict = matches.findIndex((m) => m.cluster.id === IDS.ict);
    expect(buildSlide(matches, ict)?.state).toBe('State not stated in the sources');
    expect(buildSlide(matches, 99)).toBeNull();
  });
});
