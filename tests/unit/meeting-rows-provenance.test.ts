// The exports keep our own layer apart from what the sources state: the Sources column names the
// editions, then each value that is our taxonomy or inferred by us, with the reason.
import Papa from 'papaparse';
import { parseDataset } from '@/data/parse-dataset';
import { DEFAULT_EVENT } from '@/domain/event';
import { buildMeetingCsv } from '@/domain/export-csv';
import { buildMeetingRows } from '@/domain/meeting-rows';
import { toSheetRow } from '@/domain/meeting-sheet';
import { DEFAULT_WEIGHTS, defaultProfile } from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { rankAll } from '@/domain/ranking/rank';
import { buildSchedule } from '@/domain/schedule';
import { readPublicDataset } from '../fixtures/public-data';

const { dataset } = parseDataset(readPublicDataset());
const profile = { ...defaultProfile('2026-01-15'), sectors: ['automotive'] };
const ranking = rankAll(profile, buildIndex(dataset), { weights: DEFAULT_WEIGHTS, expiredLabelFactor: 0.5 });
const event = { ...DEFAULT_EVENT, date: '2026-10-20' };

it('marks CTYL’s inferred state and our related-sector taxonomy in the CSV’s Sources column', () => {
  const entries = [{ clusterId: 'ctyl', note: '' }];
  const rows = buildMeetingRows(entries, buildSchedule(event, entries), ranking);
  const csv = buildMeetingCsv(rows.map((r) => toSheetRow(r, event)));
  const [record] = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    delimiter: ',',
  }).data;
  const sources = record?.Sources ?? '';
  expect(sources).toMatch(/Briefing|paper|factsheet/i);
  expect(sources).toMatch(/State: inferred by us: /);
  expect(sources).toMatch(/our taxonomy/);
});
