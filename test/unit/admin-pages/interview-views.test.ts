import { describe, expect, it } from 'vitest';
import { interviewDialogs, interviewSection } from '#functions/admin/pages/interview-views.js';
import { adminView } from '#functions/admin/pages/admin-view.js';
import { adminWords } from '#functions/admin/pages/admin-words.js';

const markup = `${interviewSection().value}${interviewDialogs().value}`;

describe('HR’s interview screens’ markup on the staff page', () => {
  it('labels every control of the tab and its slot form, and describes each field by its error', () => {
    const controls = [...markup.matchAll(/<(?:input|select|textarea)\b[^>]*\bid="([^"]+)"/g)].map((match) => match[1] ?? '');

    expect(controls).toEqual(['interviews-vacancy', 'slot-date', 'slot-time', 'slot-length', 'slot-zone', 'slot-place', 'slot-video']);
    for (const id of controls) expect(markup, id).toMatch(new RegExp(`<label[^>]*for="${id}"`));
    for (const [id, field] of [
      ['slot-date', 'startsAt'],
      ['slot-time', 'startsAt'],
      ['slot-length', 'durationMinutes'],
      ['slot-zone', 'timeZone'],
      ['slot-place', 'place'],
      ['slot-video', 'videoLink'],
    ] as const) {
      expect(markup, id).toMatch(new RegExp(`id="${id}"[^>]*aria-describedby="[^"]*slot-${field}-error[^"]*"`));
      expect(markup).toContain(`id="slot-${field}-error" aria-live="polite"`);
    }
  });

  it('groups the panel members in a fieldset with a legend and announces the form’s errors', () => {
    expect(markup).toMatch(/<fieldset class="fieldset" aria-describedby="slot-panelMembers-error"><legend>Panel members in this interview/);
    for (const id of ['slot-error', 'slot-cancel-error']) expect(markup).toMatch(new RegExp(`id="${id}" role="alert"`));
    expect(markup).toContain('id="interviews-summary" aria-live="polite"');
  });

  it('gives each table a header row of column headers and a focusable, named frame to scroll on a narrow screen', () => {
    for (const table of ['interviews-slots', 'interviews-candidates']) {
      expect(markup).toMatch(new RegExp(`<div class="preview-frame" tabindex="0" role="region" aria-labelledby="${table}-heading" id="${table}-frame" hidden><table class="preview interview-table" id="${table}">`));
    }
    expect([...markup.matchAll(/<th scope="col">/g)]).toHaveLength(12);
  });

  it('is part of the page, its tab hidden until the script shows it to HR, in English whatever the page’s language', () => {
    const arabic = adminView(adminWords('ar')).value;

    expect(arabic).toContain('<button type="button" class="tab" id="tab-interviews" data-view="interviews" aria-pressed="false" hidden>Interviews</button>');
    expect(arabic).toContain('<section class="view" id="interviews-view" aria-labelledby="interviews-heading" hidden>');
    expect(arabic).toContain('<dialog class="dialog dialog-wide" id="slot-dialog"');
    expect(arabic).toContain('<dialog class="dialog" id="slot-cancel-dialog"');
  });
});
