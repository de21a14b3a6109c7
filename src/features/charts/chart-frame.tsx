import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ChartFrameProps {
  title: string;
  summary: string;
  /** The same numbers as the chart, as a real table (the text alternative). */
  table: ReactNode;
  children: ReactNode;
  className?: string;
}

/** Heading, one-line summary, the picture, and a "Show as table" disclosure. */
export function ChartFrame({ title, summary, table, children, className = '' }: ChartFrameProps) {
  const { t } = useTranslation('charts');
  const titleId = useId();
  return (
    <figure aria-labelledby={titleId} className={`m-0 flex min-w-0 flex-col gap-1 ${className}`}>
      <h3 id={titleId} className="text-sm font-bold text-slate-900">
        {title}
      </h3>
      <p className="text-sm text-slate-800">{summary}</p>
      {children}
      <details className="text-sm">
        <summary className="w-fit cursor-pointer rounded px-1 font-semibold text-brand-700 hover:underline">
          {t('frame.showTable')}
        </summary>
        {/* Focusable so keyboard users can scroll a table wider than the panel. */}
        <div tabIndex={0} role="group" aria-label={t('frame.table', { title })} className="mt-1 overflow-x-auto">
          {table}
        </div>
      </details>
    </figure>
  );
}
