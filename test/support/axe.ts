/**
 * axe-core in the test browser. Its source is run with `page.evaluate` (DevTools' Runtime.evaluate),
 * which the page's Content-Security-Policy does not govern: the pages keep their strict policy
 * (script-src by hash, or 'none') during the audit, and no context needs `bypassCSP`. An
 * `addScriptTag` would be an inline <script>, which that policy refuses (the accessibility suite
 * proves it), so it is not used. Nothing of axe reaches the pages' bundles.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, RunOptions } from 'axe-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the rules axe tags so. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

const require = createRequire(import.meta.url);
let source: Promise<string> | undefined;
const axeSource = () => (source ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));

export interface AxeViolation {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

export interface AxeCheck {
  /** What was checked: a page or a dialog, in words. */
  scene: string;
  width: number;
  lang: string;
  /** The ids of the rules axe ran (every rule of WCAG_TAGS). */
  rules: string[];
  violations: AxeViolation[];
}

/** Loads axe into the page (again after each navigation: a new document forgets it) and runs the WCAG A and AA rules on the whole document. */
export const runAxe = async (page: Page, scene: string): Promise<AxeCheck> => {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await axeSource());
  const options: RunOptions = { runOnly: { type: 'tag', values: [...WCAG_TAGS] }, resultTypes: ['violations'] };
  const results = await page.evaluate(
    (runOptions) => (window as unknown as { axe: { run(context: Document, options: unknown): Promise<AxeResults> } }).axe.run(document, runOptions),
    options as unknown as Record<string, unknown>,
  );
  const rules = await page.evaluate(
    (tags) => (window as unknown as { axe: { getRules(tags: string[]): Array<{ ruleId: string }> } }).axe.getRules(tags).map((rule) => rule.ruleId),
    [...WCAG_TAGS],
  );
  return {
    scene,
    width: page.viewportSize()?.width ?? 0,
    lang: await page.evaluate(() => document.documentElement.lang),
    rules,
    violations: results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    })),
  };
};

/** One line per violation, as a person fixing them wants to read it: where, which rule, how bad, which elements. */
export const describeViolations = (checks: readonly AxeCheck[]): string =>
  checks
    .flatMap((check) =>
      check.violations.map(
        (violation) =>
          `${check.scene} [${check.lang}, ${check.width} px] ${violation.rule} (${violation.impact}): ${violation.help}\n    ${violation.targets.join('\n    ')}`,
      ),
    )
    .join('\n');

/** A short tally for the test's output: how many scenes, widths, languages and rules were checked, and what failed. */
export const summariseChecks = (checks: readonly AxeCheck[]): string => {
  const scenes = new Set(checks.map((check) => check.scene));
  const widths = [...new Set(checks.map((check) => check.width))].sort((a, b) => b - a);
  const langs = [...new Set(checks.map((check) => check.lang))];
  const rules = new Set(checks.flatMap((check) => check.rules));
  const violations = checks.reduce((sum, check) => sum + check.violations.length, 0);
  const nodes = checks.reduce((sum, check) => sum + check.violations.reduce((n, violation) => n + violation.targets.length, 0), 0);
  return `axe-core: ${scenes.size} pages and dialogs × ${widths.length} widths (${widths.join(', ')} px) × ${langs.length} language(s) (${langs.join(', ')}) = ${checks.length} checks, ${rules.size} rules (${WCAG_TAGS.join(', ')}); ${violations} violations on ${nodes} elements`;
};

export interface OfferedLanguage {
  lang: string;
  url: string;
}

/**
 * The languages a page offers: its own (`<html lang>`), and each its language switcher links to.
 * A switcher's link names its language with `hreflang` (or, inside a nav, `lang`), as HTML
 * recommends; the link's URL is taken with the page's fragment kept (the status page's token is
 * in it). So a language added to the pages is checked here with no edit.
 */
export const languagesOffered = (page: Page): Promise<OfferedLanguage[]> =>
  page.evaluate(() => {
    const own = document.documentElement.lang;
    const offered = new Map<string, string>([[own, location.href]]);
    for (const link of document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[hreflang][href], link[rel~="alternate"][hreflang][href], nav a[lang][href]')) {
      const lang = link.hreflang || link.lang;
      if (!lang || lang === 'x-default' || offered.has(lang)) continue;
      const url = new URL(link.href, location.href);
      if (!url.hash) url.hash = location.hash;
      offered.set(lang, url.href);
    }
    return [...offered].map(([lang, url]) => ({ lang, url }));
  });
