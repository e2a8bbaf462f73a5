import { describe, expect, it } from 'vitest';
import { stageOf } from '#functions/pages/client/letter-stage.js';
import { applicationStatuses } from '#shared/applications/status-machine.js';
import { en } from '#shared/i18n/catalogues/letters/en.js';
import { languages } from '#shared/i18n/languages.js';
import { candidatePageTranslatorFor } from '#shared/i18n/catalogues/pages.js';

describe('the status page’s stage in plain words', () => {
  it('gives every status a stage the message says, and none for a cancelled vacancy (the panel says it)', () => {
    for (const status of applicationStatuses) expect(stageOf({ status })).toBeDefined();
    expect(stageOf({ status: 'rejected', endedBecause: 'vacancy-cancelled' })).toBeUndefined();
    expect(stageOf({ status: 'screening' })).toBe('received');
    expect(stageOf({ status: 'rejected' })).toBe('notRetained');
  });

  for (const language of languages) {
    it(`says each stage differently in ${language}, without internal details`, () => {
      const t = candidatePageTranslatorFor(language);
      const said = applicationStatuses.map((status) => t.t('statusPage.stage.text', { stage: stageOf({ status }) ?? '' }));
      expect(new Set(said).size).toBe(8);
      for (const sentence of said) expect(sentence).not.toMatch(/score|note|rank|\{/i);
    });
  }

  it('is written in English as the source', () => {
    expect(en['statusPage.stage.title']).toBe('Where the selection stands');
  });
});
