import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Debian's Chromium (or $CHROMIUM): we never download a browser. */
export function findChromium() {
  if (process.env.CHROMIUM) return existsSync(process.env.CHROMIUM) ? process.env.CHROMIUM : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export const CHROMIUM_HELP = [
  'End-to-end tests need a Chromium browser, and none was found.',
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
  '  Any Chromium:   CHROMIUM=/path/to/chromium npm test',
].join('\n');
