import { COLOR } from '@/components/theme';
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

/** For SVG fills, which cannot use Tailwind classes. */
export const CRITERION_COLORS: Record<CriterionId, string> = {
  sector: COLOR['crit-sector'],
  label: COLOR['crit-label'],
  eccp: COLOR['crit-eccp'],
  state: COLOR['crit-state'],
  interests: COLOR['crit-interests'],
  links: COLOR['crit-links'],
};
