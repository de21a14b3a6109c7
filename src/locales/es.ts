import app from '@/locales/es/app.json';
import b2b from '@/locales/es/b2b.json';
import charts from '@/locales/es/charts.json';
import common from '@/locales/es/common.json';
import compare from '@/locales/es/compare.json';
import components from '@/locales/es/components.json';
import data from '@/locales/es/data.json';
import dataQuality from '@/locales/es/dataQuality.json';
import detail from '@/locales/es/detail.json';
import domain from '@/locales/es/domain.json';
import exports from '@/locales/es/exports.json';
import map from '@/locales/es/map.json';
import matches from '@/locales/es/matches.json';
import meetings from '@/locales/es/meetings.json';
import notices from '@/locales/es/notices.json';
import plan from '@/locales/es/plan.json';
import policies from '@/locales/es/policies.json';
import presentation from '@/locales/es/presentation.json';
import profile from '@/locales/es/profile.json';
import profileModel from '@/locales/es/profileModel.json';
import ranking from '@/locales/es/ranking.json';
import savedData from '@/locales/es/savedData.json';
import schedule from '@/locales/es/schedule.json';
import shortlist from '@/locales/es/shortlist.json';
import stateMap from '@/locales/es/stateMap.json';
import type { Resources } from '@/locales/en';

export const es: Resources = {
  app,
  b2b,
  charts,
  common,
  compare,
  components,
  data,
  dataQuality,
  detail,
  domain,
  exports,
  map,
  matches,
  meetings,
  notices,
  plan,
  policies,
  presentation,
  profile,
  profileModel,
  ranking,
  savedData,
  schedule,
  shortlist,
  stateMap,
};
