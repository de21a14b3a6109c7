// The words of the state map, in the active language: what each state is called out as and the
// legend's names for the levels. The keys are built from the level (i18next.config.ts keeps them).
import type { StateLevel } from '@/domain/ranking/strength-level';
import { tr } from '@/i18n/i18n';

/** 'Querétaro: strong in aerospace' (or 'Querétaro: a strong cluster state' with no sector chosen). */
export function stateAreaText(area: { name: string; level: StateLevel }, sector: string | null): string {
  return sector
    ? tr(`stateMap:area.${area.level}`, { state: area.name, sector })
    : tr(`stateMap:areaGeneral.${area.level}`, { state: area.name });
}

/** 'Strong', 'Fair', 'Modest', 'Nothing in the sources'. */
export function levelName(level: StateLevel): string {
  return tr(`stateMap:level.${level}`);
}

/** The map's own name: what it shows. */
export function stateMapTitle(sector: string | null): string {
  return sector ? tr('stateMap:title', { sector }) : tr('stateMap:titleGeneral');
}
