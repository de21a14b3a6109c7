import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NotStated } from '@/components/not-stated';
import { isSafeHttpUrl } from '@/components/safe-url';
import { STANDALONE } from '@/components/standalone-i18n';

interface SafeLinkProps {
  href: string | null;
  /** Defaults to the URL itself. */
  children?: ReactNode;
  className?: string;
}

/** External link for http(s) URLs only; anything else is shown as plain text, a missing URL as a gap. */
export function SafeLink({ href, children, className = '' }: SafeLinkProps) {
  const { t } = useTranslation('components', STANDALONE);
  if (!href) return <NotStated />;
  if (!isSafeHttpUrl(href)) return <span className={`break-all ${className}`}>{children ?? href}</span>;
  return (
    <a
      href={href.trim()}
      target="_blank"
      rel="noopener noreferrer"
      className={`break-all text-brand-700 underline hover:text-brand-900 ${className}`}
    >
      {children ?? href} <span className="sr-only">{t('safeLink.newTab')}</span>
    </a>
  );
}
