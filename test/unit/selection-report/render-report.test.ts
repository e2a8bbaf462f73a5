import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderReport } from '#functions/selection-report/pdf/render-report.js';
import type { ReportRow, SelectionReport } from '#shared/selection-report/report.js';

const names = ['Zoë Ångström', 'Алексей Смирнов', 'محمد العلي', 'María José García-Fernández de la Vega y Ruiz-Picasso Montenegro'];

const row = (index: number): ReportRow => ({
  rank: index + 1,
  applicationId: `id-${index}`,
  name: names[index % names.length] ?? '',
  combined: 4.125,
  submissions: 3,
  criteria: [
    { criterionId: 'experience', label: 'Experience (at least 8 years)', weight: 3, mean: 4.33, spread: false },
    { criterionId: 'duty-1', label: 'Analyse criminal intelligence', weight: 1, mean: 3.5, spread: true },
  ],
  recommendation: { decision: 'reserve', reasons: 'Strong analyst; the first-ranked covers the post’s languages better.', by: 'chair@example.org', at: '2026-11-25T09:00:00.000Z' },
});

const report = (candidates: number, signed: boolean): SelectionReport => ({
  vacancy: { number: '1801', title: 'Criminal Intelligence Officer', unit: 'Criminal Intelligence', location: 'Lyon', grade: '4', posts: 1, status: 'closed', timeZone: 'Europe/Paris' },
  generatedAt: '2026-12-07T10:00:00.000Z',
  figures: { applied: 120, eligible: 90, eligibilityUnknown: 3, shortlisted: candidates, tested: 20, interviewed: candidates },
  panel: { chair: 'chair@example.org', members: ['chair@example.org', 'member@example.org'], spreadThreshold: 2, criteria: [{ id: 'experience', label: 'Experience (at least 8 years)', weight: 3 }, { id: 'duty-1', label: 'Analyse criminal intelligence', weight: 1 }] },
  tieRule: 'Combined mark, then the criteria by weight, then more submissions, then applied earlier.',
  ranking: Array.from({ length: candidates }, (_, index) => row(index)),
  unranked: 0,
  awaitingRecommendation: 0,
  ...(signed ? { signOff: { by: 'hr.officer@example.org', at: '2026-12-07T13:05:00.000Z' } } : {}),
});

const pagesOf = async (bytes: Uint8Array) => {
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: false });
  return text.map((page) => page.replace(/\s+/g, ' '));
};

describe('the selection report’s PDF', () => {
  it('flows a long ranking over pages, each numbered "Page i of n" and named, the sign-off block on the last', async () => {
    const pages = await pagesOf(await renderReport(report(60, true)));

    expect(pages.length).toBeGreaterThan(2);
    for (const [index, page] of pages.entries()) {
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
      expect(page).toContain('Selection report, vacancy 1801');
    }
    expect(pages.at(-1)).toContain('Signed off in secondment-hub by hr.officer@example.org');
    expect(pages.at(-1)).toContain('on 7 December 2026 at 14:05 (Europe/Paris)');
    expect(pages.join(' ')).toContain('58 Алексей Смирнов');
    // A candidate's marks and reasons are on its row's page: no page opens with them.
    for (const page of pages.slice(1)) expect(page.trimStart()).toMatch(/^\d+ /);
  }, 30_000);

  it('cuts a name too long for its column with an ellipsis rather than drawing over the next', async () => {
    const text = (await pagesOf(await renderReport(report(4, false)))).join(' ');

    expect(text).not.toContain('Ruiz-Picasso Montenegro');
    expect(text).toMatch(/4 María José García-Fernández.*… 4\.13/);
    expect(text).toContain('Signed off by: ______________________________');
    expect(text).toContain('DRAFT, not signed off: figures as they stood on 7 December 2026 at 11:00 (Europe/Paris).');
  });
});

describe('names in a script the report’s fonts do not cover', () => {
  it('lays out a Devanagari name (shaped), and Chinese and Hebrew ones with each letter the fonts lack as a visible "?", every other letter kept', async () => {
    const others = report(3, false);
    const named = (name: string, index: number) => ({ ...row(index), name });
    const text = (await pagesOf(await renderReport({ ...others, ranking: [named('अमित शर्मा', 0), named('王伟 Wang', 1), named('דוד לוי', 2)] }))).join(' ');

    const unknown = (name: string) => [...name].map((char) => (char === ' ' ? ' ' : '?')).join('');
    // Shaped: the vowel sign ि drawn before the consonant it follows in the text, as a reader sees it.
    expect(text).toMatch(/अ\S{0,2}म\S{0,2}त/u);
    expect(text).not.toMatch(/\? \?\?\?\?\?/);
    expect(text).toContain(`${unknown('王伟')} Wang`);
    expect(text).toContain(unknown('דוד לוי'));
  });
});
