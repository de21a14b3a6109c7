import { useTranslation } from 'react-i18next';

interface ColorKeyProps {
  items: ReadonlyArray<{ label: string; color: string }>;
}

/** HTML legend: readable at any zoom and by screen readers, unlike SVG legend text. */
export function ColorKey({ items }: ColorKeyProps) {
  const { t } = useTranslation('charts');
  return (
    <ul aria-label={t('colours')} className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-800">
      {items.map((item) => (
        <li key={item.label} className="inline-flex items-center gap-1">
          <span
            aria-hidden="true"
            data-swatch
            className="inline-block h-2.5 w-2.5 rounded-sm"
            style={{ backgroundColor: item.color }}
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
