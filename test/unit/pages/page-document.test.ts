import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formPageScript, pageStyle, statusPageScript } from '#functions/pages/assets.js';
import { formView } from '#functions/pages/form-view.js';
import { pageResponse } from '#functions/pages/page-document.js';
import { pageWords } from '#functions/pages/page-words.js';
import { statusView } from '#functions/pages/status-view.js';
import type { Vacancy } from '#shared/vacancies/schema.js';

const openVacancy: Vacancy = {
  number: '1701', title: 'Criminal Intelligence Officer', unit: 'Counter-Terrorism Directorate', reportingTo: 'Assistant Director',
  location: 'Lyon', timeZone: 'Europe/Paris', grade: '4', durationMonths: 24, posts: 2, clearance: 'Basic',
  secondmentType: 'regular', publishedAt: '2026-11-12', deadline: '2026-12-13', status: 'open',
};

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const directives = (policy: string) =>
  new Map(policy.split(';').map((part) => {
    const [name = '', ...values] = part.trim().split(/\s+/);
    return [name, values];
  }));

const pages = {
  form: () => pageResponse({ name: 'form', title: 'Apply', main: formView([openVacancy]), script: formPageScript, style: pageStyle, connectSources: ['http://127.0.0.1:*'], words: pageWords('en') }),
  status: () => pageResponse({ name: 'status', title: 'Status', main: statusView(), script: statusPageScript, style: pageStyle, connectSources: ['https://*.amazonaws.com'], words: pageWords('en') }),
};

describe.each(Object.entries(pages))('the %s page', (_name, render) => {
  it('inlines exactly one script and one style, whose hashes are the only ones its CSP allows', () => {
    const page = render();
    const body = page.body;

    const scripts = [...body.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
    const styles = [...body.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
    const policy = directives(String(page.headers?.['Content-Security-Policy']));

    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(policy.get('script-src')).toEqual([sha256(scripts[0] ?? '')]);
    expect(policy.get('style-src')).toEqual([sha256(styles[0] ?? '')]);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('connect-src')?.[0]).toBe("'self'");
  });

  it('has no inline event handler, style attribute or external resource, which its CSP would block', () => {
    const { body } = render();

    const withoutInlined = body.replace(/<(script|style)>[\s\S]*?<\/\1>/g, '');
    expect(withoutInlined).not.toMatch(/\son[a-z]+=/i);
    expect(withoutInlined).not.toMatch(/\sstyle=/i);
    expect(withoutInlined).not.toMatch(/\s(src|href)="(https?:)?\/\//i);
  });

  it('is UTF-8 HTML in English, sized for phones', () => {
    const page = render();

    expect(page.statusCode).toBe(200);
    expect(page.headers?.['Content-Type']).toBe('text/html; charset=utf-8');
    expect(page.body).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
    expect(page.body).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  });
});
