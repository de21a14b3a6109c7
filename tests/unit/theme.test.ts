// @vitest-environment node
// The colours JavaScript draws with (charts, maps) and the CSS custom properties are one palette.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLOR } from '@/components/theme';

function themeProperties(css: string): Map<string, string> {
  const block = /@theme\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  return new Map([...block.matchAll(/--color-([a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('theme colours', () => {
  const css = themeProperties(readFileSync('src/index.css', 'utf8'));

  it('reads the @theme block', () => {
    expect(css.get('brand-600')).toBe('#1d4f91');
    expect(css.size).toBeGreaterThanOrEqual(Object.keys(COLOR).length);
  });

  const entries = Object.entries(COLOR).map(([name, value]) => ({ name, value }));
  it.each(entries)('$name ($value) equals --color-$name in src/index.css', ({ name, value }) => {
    expect(css.get(name)?.toLowerCase()).toBe(value);
  });

  it('keeps colour literals out of the rest of src: they come from src/components/theme.ts', () => {
    const offenders = sourceFiles('src')
      .filter((file) => !file.endsWith(join('components', 'theme.ts')))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => ({ where: `${file}:${i + 1}`, line }))
          .filter(({ line }) => /#[0-9a-f]{6}\b|#[0-9a-f]{3}\b|rgba?\(/i.test(line)),
      )
      .map(({ where, line }) => `${where}: ${line.trim()}`);
    expect(offenders).toEqual([]);
  });
});
