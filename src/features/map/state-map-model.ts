// The state-strength choropleth as data: one area per Mexican state with its outline, level,
// accessible wording and where (and how) its name is written. Pure, so it is unit-tested.
import { COLOR } from '@/components/theme';
import { strengthLevel, type StateLevel } from '@/domain/ranking/strength-level';
import type { StateStrength } from '@/domain/ranking/types';
import type { MexicanState, StateCode } from '@/domain/types';
import { pathRings, placeLabel } from '@/features/map/svg-path';

/** One outline of @svg-maps/mexico: its ids are our state codes in lower case ('que'). */
export interface StateShape {
  id: string;
  name: string;
  path: string;
}

export interface StateShapes {
  viewBox: string;
  locations: readonly StateShape[];
}

/** Dark = strong, like the score colours; 'none' keeps the plain land colour of the point map. */
export const LEVEL_FILL: Record<StateLevel, string> = {
  strong: COLOR['strength-strong'],
  fair: COLOR['strength-fair'],
  modest: COLOR['strength-modest'],
  none: COLOR['map-mexico'],
};

// The states' official abbreviations (the same in English and Spanish), written where a full
// name does not fit inside a small state.
const ABBREVIATION: Record<StateCode, string> = {
  AGU: 'Ags.',
  BCN: 'B.C.',
  BCS: 'B.C.S.',
  CAM: 'Camp.',
  CHP: 'Chis.',
  CHH: 'Chih.',
  CMX: 'CDMX',
  COA: 'Coah.',
  COL: 'Col.',
  DUR: 'Dgo.',
  GUA: 'Gto.',
  GRO: 'Gro.',
  HID: 'Hgo.',
  JAL: 'Jal.',
  MEX: 'Méx.',
  MIC: 'Mich.',
  MOR: 'Mor.',
  NAY: 'Nay.',
  NLE: 'N.L.',
  OAX: 'Oax.',
  PUE: 'Pue.',
  QUE: 'Qro.',
  ROO: 'Q. Roo',
  SLP: 'S.L.P.',
  SIN: 'Sin.',
  SON: 'Son.',
  TAB: 'Tab.',
  TAM: 'Tamps.',
  TLA: 'Tlax.',
  VER: 'Ver.',
  YUC: 'Yuc.',
  ZAC: 'Zac.',
};

// Average glyph width of the UI font relative to its size, for deciding what fits.
const GLYPH = 0.56;

export interface StateArea {
  code: StateCode;
  /** The state's name as the dataset (and the state filter) writes it. */
  name: string;
  path: string;
  level: StateLevel;
  /** 0..1, the domain's state-strength index for the chosen sector. */
  index: number;
  /** The facts behind the level, as the domain words them. */
  why: string;
  fill: string;
  /** Name written on the map: the full name, its abbreviation, or null where neither fits. */
  label: { x: number; y: number; text: string; fill: string } | null;
}

export interface StateMapModel {
  viewBox: string;
  areas: StateArea[];
  /** Type size of the names, in the outlines' units. */
  fontSize: number;
  /** Outlines whose id matches no state of the dataset (none with today's files). */
  unmatched: string[];
}

/** The full name where it fits inside the state, else its abbreviation, else nothing. */
function stateLabel(path: string, texts: readonly string[], size: number) {
  const rings = pathRings(path);
  for (const text of texts) {
    const at = placeLabel(rings, text.length * size * GLYPH + size * 0.3, size);
    if (at) return { ...at, text };
  }
  return null;
}

/**
 * One area per outline that matches a state of the dataset, in the outline file's order.
 * `fontSize` is in the outlines' own units: it decides which names fit.
 */
export function buildStateMap(
  shapes: StateShapes,
  states: readonly MexicanState[],
  strengths: readonly StateStrength[],
  fontSize: number,
): StateMapModel {
  const byCode = new Map(states.map((s) => [s.code.toLowerCase(), s]));
  const strengthByCode = new Map(strengths.map((s) => [s.code, s]));
  const areas: StateArea[] = [];
  const unmatched: string[] = [];
  for (const shape of shapes.locations) {
    const state = byCode.get(shape.id);
    if (!state) {
      unmatched.push(shape.id);
      continue;
    }
    const strength = strengthByCode.get(state.code);
    const index = strength?.index ?? 0;
    const level = strengthLevel(index);
    const label = stateLabel(shape.path, [state.name, ABBREVIATION[state.code]], fontSize);
    areas.push({
      code: state.code,
      name: state.name,
      path: shape.path,
      level,
      index,
      why: strength?.why ?? '',
      fill: LEVEL_FILL[level],
      label: label && { ...label, fill: level === 'strong' ? COLOR.paper : COLOR.ink },
    });
  }
  return { viewBox: shapes.viewBox, areas, fontSize, unmatched };
}
