import { useTranslation } from 'react-i18next';
import { STANDALONE } from '@/components/standalone-i18n';

interface EccpBadgeProps {
  member: boolean;
  /** Hide the badge for non-members (lists stay calm); detail views show both states. */
  hideWhenNot?: boolean;
}

export function EccpBadge({ member, hideWhenNot = false }: EccpBadgeProps) {
  const { t } = useTranslation('components', STANDALONE);
  if (!member && hideWhenNot) return null;
  return member ? (
    <span className="inline-flex items-center rounded border border-emerald-700 bg-emerald-50 px-1.5 py-0.5 text-xs font-semibold text-emerald-900">
      {t('eccp.member')}
    </span>
  ) : (
    <span className="inline-flex items-center rounded border border-slate-300 bg-white px-1.5 py-0.5 text-xs text-slate-700">
      {t('eccp.notListed')}
    </span>
  );
}
