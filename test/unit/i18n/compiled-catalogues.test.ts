import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { compiledCatalogueModules, compiledModule, compileMessage, compressedModule } from '#infra/i18n/compile-catalogues.js';
import { emailPrefixes, isEmailKey } from '#shared/i18n/catalogues/surfaces.js';
import { compiledCatalogues } from '#shared/i18n/catalogues/index.js';
import { candidatePageCatalogues, staffPageCatalogues } from '#shared/i18n/catalogues/pages.js';
import { catalogueSources, validationSources } from '#shared/i18n/catalogues/sources.js';
import { compiledFormatter } from '#shared/i18n/compiled-message.js';
import { intlLocale, languages } from '#shared/i18n/languages.js';

type Values = Record<string, unknown>;

/** Every argument a message takes, and the option names of its selects and the plurals it counts, from its parsed form. */
const argumentsOf = (elements: MessageFormatElement[], found = new Map<string, { kind: 'text' | 'number' | 'date' | 'select' | 'plural' | 'tag'; options: string[] }>()) => {
  for (const element of elements) {
    if (element.type === TYPE.argument) found.set(element.value, found.get(element.value) ?? { kind: 'text', options: [] });
    if (element.type === TYPE.number) found.set(element.value, { kind: 'number', options: [] });
    if (element.type === TYPE.date || element.type === TYPE.time) found.set(element.value, { kind: 'date', options: [] });
    if (element.type === TYPE.select) found.set(element.value, { kind: 'select', options: Object.keys(element.options) });
    if (element.type === TYPE.plural) found.set(element.value, { kind: 'plural', options: [] });
    if (element.type === TYPE.tag) {
      found.set(element.value, { kind: 'tag', options: [] });
      argumentsOf(element.children, found);
    }
    if (element.type === TYPE.select || element.type === TYPE.plural) for (const option of Object.values(element.options)) argumentsOf(option.value, found);
  }
  return found;
};

/** Values that walk a message's branches: counts across the plural categories of every language, each select option in turn. */
const counts = [0, 1, 2, 3, 11, 100, 1.5];
const valueSets = (source: string): Values[] => {
  const args = argumentsOf(parse(source));
  const widest = Math.max(counts.length, ...[...args.values()].map((arg) => arg.options.length));
  return Array.from({ length: widest }, (_, i) =>
    Object.fromEntries(
      [...args].map(([name, arg]) => {
        if (arg.kind === 'plural' || arg.kind === 'number') return [name, counts[i % counts.length]];
        if (arg.kind === 'date') return [name, new Date(Date.UTC(2026, 11, 6, 21, 59))];
        if (arg.kind === 'select') return [name, arg.options[i % arg.options.length]];
        if (arg.kind === 'tag') return [name, (chunks: unknown[]) => `<${name}>${chunks.join('')}</${name}>`];
        return [name, `‹${name}›`];
      }),
    ),
  );
};

const asText = (out: unknown): string => (Array.isArray(out) ? out.join('') : String(out));

describe('the compiled catalogues', () => {
  it('are on disk as the sources compile today (else `npm run build:pages` was not run after a catalogue changed)', () => {
    for (const [file, text] of compiledCatalogueModules()) expect(readFileSync(file, 'utf8') === text, `${file} is stale: run npm run build:pages`).toBe(true);
  });

  it('keep a message without ICU syntax as its text, and parse any other', () => {
    expect(compileMessage('Human Resources', 'en')).toBe('Human Resources');
    // ICU quoting: two apostrophes are one; a quoted brace is text.
    expect(compileMessage("The vacancy''s '{'number'}'", 'en')).toBe("The vacancy's {number}");
    expect(compileMessage('Dear {name},', 'en')).toEqual(parse('Dear {name},'));
    expect(compileMessage('', 'en')).toBe('');
  });

  it.each(languages)('say every %s message as the source says it, in every branch of its plurals and selects', (language) => {
    const format = compiledFormatter(intlLocale(language));
    const compiled = compiledCatalogues[language] as Readonly<Record<string, Parameters<typeof format>[0]>>;
    let checked = 0;
    for (const [key, source] of Object.entries(catalogueSources[language])) {
      const reference = new IntlMessageFormat(source, intlLocale(language));
      for (const values of valueSets(source)) {
        expect(asText(format(compiled[key] ?? '', values as never)), `${language} ${key} ${JSON.stringify(values)}`).toBe(asText(reference.format(values as never)));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(Object.keys(catalogueSources[language]).length);
  });

  it('come compressed for the functions with the same messages as the plain modules, each surface and language', async () => {
    const surfaces = ['all', 'candidate-pages', 'staff-page', 'email', 'validation'];
    for (const surface of surfaces) {
      for (const language of languages) {
        const plain = (await import(pathToFileURL(compiledModule(surface, language)).href)) as { messages: Record<string, unknown> };
        const compressed = (await import(pathToFileURL(compressedModule(surface, language)).href)) as { messages: Record<string, unknown> };
        expect(compressed.messages, `${surface}-${language}`).toEqual(plain.messages);
        // Smaller by far: the point of it.
        expect(readFileSync(compressedModule(surface, language)).length, `${surface}-${language}`).toBeLessThan(readFileSync(compiledModule(surface, language)).length / 2);
      }
    }
  });

  it('give the emails their keys only, the validation problems theirs, and each page its own', async () => {
    for (const language of languages) {
      const email = (await import(pathToFileURL(compiledModule('email', language)).href)) as { messages: Record<string, unknown> };
      const validation = (await import(pathToFileURL(compiledModule('validation', language)).href)) as { messages: Record<string, unknown> };
      const emailKeys = Object.keys(catalogueSources[language]).filter(isEmailKey);

      expect(Object.keys(email.messages).sort()).toEqual(emailKeys.sort());
      expect(Object.keys(validation.messages).sort()).toEqual(Object.keys(validationSources[language]).sort());
    }
    for (const language of languages) {
      const candidate = Object.keys(candidatePageCatalogues[language]);
      const staff = Object.keys(staffPageCatalogues[language]);
      // Each page says its own messages and the ones they share (validation, uploads, the API's failures, deadlines), no email's.
      expect(candidate.filter((key) => /^(admin|email|receipt|reminder|ncbDigest|hrDigest)\./.test(key))).toEqual([]);
      expect(staff.filter((key) => /^(form|panel|statusPage|email|receipt|reminder|ncbDigest|hrDigest)\./.test(key))).toEqual([]);
      for (const shared of ['validation.required', 'upload.tooLarge', 'api.unreachable.title', 'deadline.both'] as const) {
        expect(candidate, shared).toContain(shared);
        expect(staff, shared).toContain(shared);
      }
    }
    // Every prefix names messages: a prefix left behind by a renamed key would carry nothing.
    for (const prefix of emailPrefixes) expect(Object.keys(catalogueSources.en).some((key) => key.startsWith(prefix)), prefix).toBe(true);
  });
});
