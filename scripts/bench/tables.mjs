// The bench's tables and the issue-15 goals, printed from the figures bench-web.mjs gathered.
const pad = (s, n) => String(s).padEnd(n);
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : 'froze');

function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)) + 2);
  console.log(head.map((h, i) => pad(h, widths[i])).join('|'));
  console.log(widths.map((w) => '-'.repeat(w)).join('|'));
  for (const r of rows) console.log(r.map((c, i) => pad(c, widths[i])).join('|'));
}

export function printFirstScreen(lh) {
  console.log('\nFirst screen (Lighthouse desktop, medians):');
  const { app, floor } = lh;
  table(
    ['', 'score', 'TBT', 'CLS', 'LCP', 'JS (gzip)'],
    [
      ['app', app.score.toFixed(2), ms(app.tbt), app.cls.toFixed(3), ms(app.lcp), `${app.js.toFixed(0)} KiB`],
      [
        'floor',
        floor.score.toFixed(2),
        ms(floor.tbt),
        floor.cls.toFixed(3),
        ms(floor.lcp),
        `${floor.js.toFixed(0)} KiB`,
      ],
      [
        'app / floor',
        (app.score / floor.score).toFixed(2),
        floor.tbt > 0 ? (app.tbt / floor.tbt).toFixed(1) : '–',
        '',
        (app.lcp / floor.lcp).toFixed(2),
        (app.js / floor.js).toFixed(2),
      ],
    ],
  );
}

export function printScale(rows) {
  console.log('\nScale (sector toggle: click to the painted frame after the last DOM change):');
  table(
    [
      'clusters',
      'first match',
      'longest task after',
      'longest before',
      'toggle median',
      'toggle max',
      'heap after GC',
      'progress shown',
      'data problems',
    ],
    rows.map((r) => [
      r.n.toLocaleString('en'),
      ms(r.first),
      ms(r.longestAfter),
      ms(r.longestBefore),
      ms(r.toggleMedian),
      ms(r.toggleMax),
      `${r.heapMB.toFixed(0)} MB`,
      r.progressSeen ? 'yes' : 'no',
      r.problems,
    ]),
  );
  for (const r of rows) if (r.errors.length) console.log(`  ${r.n}: page errors: ${r.errors.join(' | ')}`);
  for (const r of rows) if (r.froze) console.log(`  ${r.n}: toggles stopped: ${r.froze}`);
}

export function printGoals(lh, rows) {
  const at = (n) => rows.find((r) => r.n === n);
  const goals = [];
  const goal = (name, ok, value) => goals.push([ok === null ? '–' : ok ? '✓' : '✗', name, value]);
  if (lh) {
    goal('first screen: Lighthouse ≥ 0.95', lh.app.score >= 0.95, lh.app.score.toFixed(2));
    goal('first screen: CLS ≤ 0.02', lh.app.cls <= 0.02, lh.app.cls.toFixed(3));
    goal('first screen: TBT ≤ 50 ms', lh.app.tbt <= 50, ms(lh.app.tbt));
    goal('first screen: LCP ≤ 1.2× floor', lh.app.lcp <= 1.2 * lh.floor.lcp, (lh.app.lcp / lh.floor.lcp).toFixed(2));
  }
  const r116 = at(116);
  if (r116) goal('116: toggle median ≤ 50 ms', r116.toggleMedian <= 50, ms(r116.toggleMedian));
  const r10k = at(10000);
  if (r10k) {
    goal('10k: first match ≤ 1.0 s', r10k.first <= 1000, ms(r10k.first));
    goal('10k: no long task > 200 ms after it', r10k.longestAfter <= 200, ms(r10k.longestAfter));
    goal('10k: toggle median ≤ 100 ms', r10k.toggleMedian <= 100, ms(r10k.toggleMedian));
    goal('10k: heap ≤ 150 MB', r10k.heapMB <= 150, `${r10k.heapMB.toFixed(0)} MB`);
  }
  const r100k = at(100000);
  if (r100k) {
    goal('100k: progress shown while loading', r100k.progressSeen, r100k.progressSeen ? 'yes' : 'no');
    goal(
      '100k: no freeze (longest task ≤ 1 s)',
      Math.max(r100k.longestBefore, r100k.longestAfter) <= 1000,
      ms(Math.max(r100k.longestBefore, r100k.longestAfter)),
    );
    goal('100k: toggle median ≤ 300 ms', r100k.toggleMedian <= 300, ms(r100k.toggleMedian));
  }
  console.log('\nIssue 15 goals:');
  table(['', 'goal', 'measured'], goals);
}
