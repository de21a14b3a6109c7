import { CRITERIA } from '@/domain/profile';
import { MAX_SHARE_WEIGHT, type ShareState } from '@/domain/share-link';
import { encodeShareList } from '@/domain/share-link-list';

const clampWeight = (w: number) => (Number.isFinite(w) ? Math.min(MAX_SHARE_WEIGHT, Math.max(0, Math.round(w))) : 0);

/** Compact query string (no leading '?'); empty and default values are left out. */
export function encodeShareState(state: ShareState): string {
  const { filters, weights } = state;
  const entries: Array<[string, string | null | false]> = [
    ['s', state.sectors.join(',')],
    ['i', state.interests.join(',')],
    ['ps', state.states.join(',')],
    ['c', state.country],
    ['we', state.we],
    ['d', state.asOf],
    ['w', weights && CRITERIA.map((id) => clampWeight(weights[id])).join('.')],
    ['p', state.preset],
    ['x', state.labelFactor === undefined ? null : String(Math.round(state.labelFactor * 100) / 100)],
    ['sl', state.shortlist.join(',')],
    ['sel', state.selected],
    ['fs', filters.states.join(',')],
    ['fl', filters.labels.join(',')],
    ['fv', filters.validity !== 'any' && filters.validity],
    ['fe', filters.eccp && '1'],
    ['q', filters.query],
    ...(state.list ? encodeShareList(state.list) : []),
    ['lang', state.lang ?? null],
  ];
  const params = new URLSearchParams();
  for (const [key, value] of entries) if (value) params.set(key, value);
  // Commas separate list items and are legal in a query string; escaping them only costs length.
  return params.toString().replace(/%2C/g, ',');
}
