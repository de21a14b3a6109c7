import { tr } from '@/i18n/i18n';

/** The notice for a value the link names but the app does not know. */
export type Unknown = (value: string) => string;

// One sentence per kind of value, so each language can agree its words ('el sector', 'la vigencia').
export const UNKNOWN = {
  sector: (value) => tr('notices:link.unknownSector', { value }),
  interest: (value) => tr('notices:link.unknownInterest', { value }),
  state: (value) => tr('notices:link.unknownState', { value }),
  euCluster: (value) => tr('notices:link.unknownEuCluster', { value }),
  preset: (value) => tr('notices:link.unknownPreset', { value }),
  cluster: (value) => tr('notices:link.unknownCluster', { value }),
  labelLevel: (value) => tr('notices:link.unknownLabelLevel', { value }),
  labelValidity: (value) => tr('notices:link.unknownLabelValidity', { value }),
} satisfies Record<string, Unknown>;
