// The words of the state map, in the active language: what each state is called out as and the
// legend's names for the levels. Explicit keys, so message extraction sees each one.
import type { StateLevel } from '@/domain/ranking/strength-level';
import { tr } from '@/i18n/i18n';

const IN_SECTOR: Record<StateLevel, (state: string, sector: string) => string> = {
  strong: (state, sector) => tr('stateMap:area.strong', { state, sector }),
  fair: (state, sector) => tr('stateMap:area.fair', { state, sector }),
  modest: (state, sector) => tr('stateMap:area.modest', { state, sector }),
  none: (state, sector) => tr('stateMap:area.none', { state, sector }),
};

const GENERAL: Record<StateLevel, (state: string) => string> = {
  strong: (state) => tr('stateMap:areaGeneral.strong', { state }),
  fair: (state) => tr('stateMap:areaGeneral.fair', { state }),
  modest: (state) => tr('stateMap:areaGeneral.modest', { state }),
  none: (state) => tr('stateMap:areaGeneral.none', { state }),
};

const LEVEL: Record<StateLevel, () => string> = {
  strong: () => tr('stateMap:level.strong'),
  fair: () => tr('stateMap:level.fair'),
  modest: () => tr('stateMap:level.modest'),
  none: () => tr('stateMap:level.none'),
};

/** 'Querétaro: strong in aerospace' (or 'Querétaro: a strong cluster state' with no sector chosen). */
export function stateAreaText(area: { name: string; level: StateLevel }, sector: string | null): string {
  return sector ? IN_SECTOR[area.level](area.name, sector) : GENERAL[area.level](area.name);
}

/** 'Strong', 'Fair', 'Modest', 'Nothing in the sources'. */
export function levelName(level: StateLevel): string {
  return LEVEL[level]();
}

/** The map's own name: what it shows. */
export function stateMapTitle(sector: string | null): string {
  return sector ? tr('stateMap:title', { sector }) : tr('stateMap:titleGeneral');
}
