import { describe, expect, it } from 'vitest';
import { applicationReceipt } from '#shared/email/templates/application-receipt.js';
import { emailDocument, html, textDirection } from '#shared/email/html.js';

const vacancy = { number: '1701', title: 'Criminal Intelligence Officer', location: 'Lyon', timeZone: 'Europe/Paris', deadline: '2026-12-13' };
const application = { id: '5b1f4c1e-0000-4000-8000-000000000001', email: 'amina.diallo@police.example' };
const statusLink = 'http://127.0.0.1:3000/status#id=5b1f4c1e-0000-4000-8000-000000000001&token=abc';

describe("the emails' HTML shell", () => {
  it('is a whole document: language, direction, a head with its charset and the subject as its title', () => {
    const body = emailDocument(html`<p>Hello,</p>`, { title: 'Vacancy 1701 & you' }).value;

    expect(body).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">\n<head>\n<meta charset="utf-8">/);
    expect(body).toContain('<title>Vacancy 1701 &amp; you</title>\n</head>\n<body');
    expect(body).toContain('<p>Hello,</p>');
  });

  it('takes its direction from the language: right to left for Arabic, left to right for the others', () => {
    expect(emailDocument(html`<p>مرحبا</p>`, { title: 'ت', lang: 'ar' }).value).toContain('<html lang="ar" dir="rtl">');
    expect(textDirection('ar-EG')).toBe('rtl');
    expect(['en', 'fr', 'es', 'en-GB'].map(textDirection)).toEqual(['ltr', 'ltr', 'ltr', 'ltr']);
  });

  it("gives the receipt's HTML part its subject as title, and keeps its plain-text part", () => {
    const email = applicationReceipt({ application, vacancy, statusLink });

    expect(email.html).toContain(`<title>${email.subject}</title>`);
    expect(email.html).toContain('<html lang="en" dir="ltr">');
    expect(email.text).toContain(statusLink);
    expect(email.text).not.toContain('<');
  });
});
