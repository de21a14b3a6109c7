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
