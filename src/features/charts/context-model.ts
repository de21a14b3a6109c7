// Sector context figures come in many units (EUR billion, jobs, MW, rank…): one bar axis would
// compare apples with ranks, so they are shown as cards, grouped by sector.
import { formatFigure, formatNumber } from '@/domain/format';
import { proseCase } from '@/domain/prose';
import { sourceText } from '@/domain/sources';
import type { ContextFigure, DatasetMeta, Sector } from '@/domain/types';
import { tr } from '@/i18n/i18n';

export interface ContextCard {
  id: string;
  label: string;
  /** '6.8 EUR billion', '23%' */
  quantity: string;
  year: string;
  source: string;
}

export interface ContextGroup {
  sectorId: string | null;
  title: string;
  cards: ContextCard[];
}

export interface ContextModel {
  groups: ContextGroup[];
  /** True when sectors were chosen but the sources give no figure for any of them. */
  fellBack: boolean;
}

function card(f: ContextFigure, meta: DatasetMeta): ContextCard {
  return {
    id: f.id,
    label: f.label,
    quantity: formatFigure({ value: f.value, unit: f.unit }),
    year: f.year === null ? tr('charts:context.yearNotStated') : String(f.year),
    source: sourceText(f.source, meta),
  };
}

export function contextModel(
  figures: readonly ContextFigure[],
  sectorIds: readonly string[],
  sectors: readonly Sector[],
  meta: DatasetMeta,
): ContextModel {
  const groups: ContextGroup[] = [];
  for (const id of sectorIds) {
    const cards = figures.filter((f) => f.sector === id).map((f) => card(f, meta));
    const name = sectors.find((s) => s.id === id)?.name ?? id;
    if (cards.length > 0) groups.push({ sectorId: id, title: name, cards });
  }
  if (groups.length > 0) return { groups, fellBack: false };
  const economy = figures.filter((f) => f.sector === null).map((f) => card(f, meta));
  return {
    groups: economy.length > 0 ? [{ sectorId: null, title: tr('charts:context.economy'), cards: economy }] : [],
    fellBack: sectorIds.length > 0,
  };
}

export function contextSummary(model: ContextModel, sectorIds: readonly string[], sectors: readonly Sector[]): string {
  const total = model.groups.reduce((n, g) => n + g.cards.length, 0);
  const n = formatNumber(total, 0);
  const chosen = sectorIds.map((id) => proseCase(sectors.find((s) => s.id === id)?.name ?? id)).join(', ');
  if (total === 0) return tr('charts:context.summary.none');
  if (model.fellBack) return tr('charts:context.summary.fellBack', { count: total, n, chosen });
  if (sectorIds.length === 0) return tr('charts:context.summary.economy', { count: total, n });
  const [only] = model.groups;
  if (model.groups.length === 1 && only)
    return tr('charts:context.summary.oneSector', { count: total, n, sector: proseCase(only.title) });
  const perSector = model.groups
    .map((g) =>
      tr('charts:context.summary.perSector', { n: formatNumber(g.cards.length, 0), sector: proseCase(g.title) }),
    )
    .join(', ');
  return tr('charts:context.summary.several', { count: total, n, perSector });
}
