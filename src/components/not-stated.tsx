import { useTranslation } from 'react-i18next';
import { STANDALONE } from '@/components/standalone-i18n';
import { notStated } from '@/domain/format';

/** The one wording for a gap in the sources, so gaps read the same everywhere. */
export function NotStated() {
  // Subscribed to the language, so the gap re-words on a switch even where the parent does not re-render.
  useTranslation('domain', STANDALONE);
  return <em className="text-slate-600">{notStated()}</em>;
}
