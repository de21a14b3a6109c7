import type { CriterionId } from '@/domain/profile';

// Literal class names so Tailwind's scanner finds them (it cannot see `bg-crit-${id}`).
export const CRITERION_BG: Record<CriterionId, string> = {
  sector: 'bg-crit-sector',
  label: 'bg-crit-label',
  eccp: 'bg-crit-eccp',
  state: 'bg-crit-state',
  interests: 'bg-crit-interests',
  links: 'bg-crit-links',
};

/** For SVG / chart libraries that take a colour value rather than a class. */
export const CRITERION_COLOR_VAR: Record<CriterionId, string> = {
  sector: 'var(--color-crit-sector)',
  label: 'var(--color-crit-label)',
  eccp: 'var(--color-crit-eccp)',
  state: 'var(--color-crit-state)',
  interests: 'var(--color-crit-interests)',
  links: 'var(--color-crit-links)',
};
