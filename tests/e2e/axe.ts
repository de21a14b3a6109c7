import { readFileSync } from 'node:fs';
import type * as Axe from 'axe-core';
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    axe?: typeof Axe;
  }
}

// Evaluated through the DevTools protocol, which the page's CSP (no inline script) does not block.
const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

export interface Finding {
  screen: string;
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core on the whole page; returns the serious and critical violations and adds the
 * moderate and minor ones to `lesser` (reported, not failed).
 */
export async function audit(page: Page, screen: string, lesser: Finding[]): Promise<Finding[]> {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(AXE_SOURCE);
  // Let transitions and lazily loaded chunks settle so axe sees the final colours.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const violations = await page.evaluate(async () => {
    const axe = window.axe;
    if (!axe) throw new Error('axe-core did not load');
    const result = await axe.run(document, { resultTypes: ['violations'] });
    if (result.passes.length < 10) throw new Error(`axe checked too little: ${result.passes.length} passing rules`);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      nodes: v.nodes.slice(0, 6).map((n) => `${n.target.join(' ')} :: ${n.failureSummary ?? ''}`),
    }));
  });
  const findings = violations.map((v) => ({ screen, ...v }));
  lesser.push(...findings.filter((f) => f.impact !== 'serious' && f.impact !== 'critical'));
  return findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
}
