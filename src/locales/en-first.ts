import app from '@/locales/en/app.json';
import b2bEvent from '@/locales/en/b2bEvent.json';
import charts from '@/locales/en/charts.json';
import common from '@/locales/en/common.json';
import compare from '@/locales/en/compare.json';
import contacts from '@/locales/en/contacts.json';
import components from '@/locales/en/components.json';
import data from '@/locales/en/data.json';
import dataQuality from '@/locales/en/dataQuality.json';
import detail from '@/locales/en/detail.json';
import domain from '@/locales/en/domain.json';
import exports from '@/locales/en/exports.json';
import layout from '@/locales/en/layout.json';
import load from '@/locales/en/load.json';
import files from '@/locales/en/files.json';
import map from '@/locales/en/map.json';
import matches from '@/locales/en/matches.json';
import meetings from '@/locales/en/meetings.json';
import notices from '@/locales/en/notices.json';
import ownFacts from '@/locales/en/ownFacts.json';
import perf from '@/locales/en/perf.json';
import plan from '@/locales/en/plan.json';
import policies from '@/locales/en/policies.json';
import presentation from '@/locales/en/presentation.json';
import profile from '@/locales/en/profile.json';
import profileModel from '@/locales/en/profileModel.json';
import provenance from '@/locales/en/provenance.json';
import ranking from '@/locales/en/ranking.json';
import relevance from '@/locales/en/relevance.json';
import savedData from '@/locales/en/savedData.json';
import schedule from '@/locales/en/schedule.json';
import shortlist from '@/locales/en/shortlist.json';
import workspace from '@/locales/en/workspace.json';
import stateMap from '@/locales/en/stateMap.json';
import yourData from '@/locales/en/yourData.json';

// The English namespaces the first screen can read: bundled with it, so no first-screen text is ever
// a raw key. A namespace only lazy views read belongs in en-views.ts (tests/unit/i18n-first-screen.test.ts).
export const enFirst = {
  app,
  b2bEvent,
  charts,
  common,
  compare,
  contacts,
  components,
  data,
  dataQuality,
  detail,
  domain,
  exports,
  layout,
  load,
  files,
  map,
  matches,
  meetings,
  notices,
  ownFacts,
  perf,
  plan,
  policies,
  presentation,
  profile,
  profileModel,
  provenance,
  ranking,
  relevance,
  savedData,
  schedule,
  shortlist,
  workspace,
  stateMap,
  yourData,
};
