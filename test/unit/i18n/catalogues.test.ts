import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import type { MessageKey } from '#shared/i18n/catalogues/index.js';
import { catalogueSources as catalogues } from '#shared/i18n/catalogues/sources.js';
import { en } from '#shared/i18n/catalogues/en.js';
import { languages } from '#shared/i18n/languages.js';

const root = join(import.meta.dirname, '../../..');
const englishKeys = Object.keys(en).sort() as MessageKey[];

/**
 * What a message needs from its caller, read from its ICU syntax tree (never by regex): its
 * arguments by name, its tags, and each select's options (a plural's categories differ by language).
 */
const placeholders = (message: string): string[] => {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) {
        found.add(`argument ${element.value}`);
      } else if (element.type === TYPE.plural) {
        found.add(`argument ${element.value}`);
        for (const option of Object.values(element.options)) walk(option.value);
      } else if (element.type === TYPE.select) {
        found.add(`argument ${element.value}`);
        found.add(`select ${element.value}: ${Object.keys(element.options).sort().join(' ')}`);
        for (const option of Object.values(element.options)) walk(option.value);
      } else if (element.type === TYPE.tag) {
        found.add(`tag <${element.value}>`);
        walk(element.children);
      }
    }
  };
  walk(parse(message));
  return [...found].sort();
};

/** The source files a key may be used in: every TypeScript file of the app, the catalogues and their compiled modules aside. */
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ['node_modules', 'catalogues', 'compiled'].includes(name) ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });

describe('the message catalogues', () => {
  it.each(languages)('%s has exactly the English keys', (language) => {
    expect(Object.keys(catalogues[language]).sort()).toEqual(englishKeys);
  });

  it.each(languages.filter((language) => language !== 'en'))('%s asks for the same arguments, tags and select options as English, message by message', (language) => {
    const differing = englishKeys.filter(
      (key) => JSON.stringify(placeholders(catalogues[language][key])) !== JSON.stringify(placeholders(en[key])),
    );

    expect(differing.map((key) => `${key}: ${placeholders(catalogues[language][key]).join(', ')} vs ${placeholders(en[key]).join(', ')}`)).toEqual([]);
  });

  it.each(languages)('%s has no empty message, no markup but the <b> and <link> tags (messages go into HTML unescaped), no straight apostrophe (ICU quotes with it)', (language) => {
    for (const [key, message] of Object.entries(catalogues[language])) {
      expect(message.trim(), key).not.toBe('');
      expect(message.replace(/<\/?(b|link)>/g, ''), key).not.toMatch(/[<>&]/);
      expect(message, key).not.toContain("'");
    }
  });

  it('uses every key somewhere in the code, written out as a literal (so a search finds its uses)', () => {
    const code = ['shared', 'functions', 'infra'].flatMap((dir) => sourceFiles(join(root, dir))).map((file) => readFileSync(file, 'utf8')).join('\n');

    const unused = englishKeys.filter((key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`));

    expect(unused).toEqual([]);
  });

  it('finds a key that is not used: the check above can fail', () => {
    const code = "t('email.signature.hr')";

    expect(englishKeys.filter((key) => !code.includes(`'${key}'`))).toContain('email.greeting.named');
  });

  it('finds a placeholder renamed in a translation: the check above can fail', () => {
    expect(placeholders('Dear {name},')).not.toEqual(placeholders('Bonjour {nom},'));
    expect(placeholders('{n, select, a {x} other {y}}')).not.toEqual(placeholders('{n, select, b {x} other {y}}'));
    expect(placeholders('<b>{n}</b>')).not.toEqual(placeholders('{n}'));
    expect(placeholders('{days, plural, one {# day} other {# days}}')).toEqual(placeholders('{days, plural, zero {x} one {y} two {z} few {#} many {#} other {#}}'));
  });

  it('reads the source files it searches from the project (not an empty list)', () => {
    expect(sourceFiles(join(root, 'shared')).map((file) => relative(root, file))).toContain('shared/email/templates/deadline-reminder.ts');
  });
});
