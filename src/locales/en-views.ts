import b2b from '@/locales/en/b2b.json';
import b2bImport from '@/locales/en/b2bImport.json';
import b2bOutputs from '@/locales/en/b2bOutputs.json';
import mend from '@/locales/en/mend.json';
import ownImport from '@/locales/en/ownImport.json';

// English namespaces read only by lazy views (the B2B event view and its import and outputs, the
// sheet import of organisations) and the CLI: a chunk of their own, loaded with those views by
// loadViewCatalogs() in src/i18n/i18n.ts, so they do not weigh on the first screen (issue 15).
export const enViews = {
  b2b,
  b2bImport,
  b2bOutputs,
  mend,
  ownImport,
};
