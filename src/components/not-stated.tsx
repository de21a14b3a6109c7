import { notStated } from '@/domain/format';

/** The one wording for a gap in the sources, so gaps read the same everywhere. */
export function NotStated() {
  return <em className="text-slate-600">{notStated()}</em>;
}
