/**
 * Compiles the message catalogues (shared/i18n/catalogues/) into modules of parsed messages,
 * one per surface and language, under shared/i18n/compiled/ (gitignored; `npm run build:pages`
 * writes them before start, test, typecheck, lint, synth and bench, like the pages' bundles).
 * A message without ICU syntax is kept as its text; any other as the ICU parser's tree, which
 * intl-messageformat formats without parsing. The run time then never parses a message, and the
 * bundles leave the parser out (./message-parser.ts). Each module also comes compressed, for the
 * functions' bundles (./compressed-messages.ts).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { catalogueSources, validationSources } from '#shared/i18n/catalogues/sources.js';
import { isCandidatePageKey, isCircularAckKey, isEmailKey, isStaffPageKey } from '#shared/i18n/catalogues/surfaces.js';
import type { CompiledMessage } from '#shared/i18n/compiled-message.js';
import { intlLocale, languages, type Language } from '#shared/i18n/languages.js';
import { projectRoot } from '../aws/project-root.js';
import { compressedMessagesModule } from './compressed-messages.js';

export const compiledDir = path.join(projectRoot, 'shared', 'i18n', 'compiled');

/** A message compiled as intl-messageformat would parse it for the language's locale. */
export const compileMessage = (source: string, language: Language): CompiledMessage => {
  const tree = parse(source, { locale: new Intl.Locale(intlLocale(language)) });
  const [only] = tree;
  if (tree.length === 0) return '';
  if (tree.length === 1 && only?.type === TYPE.literal) return only.value;
  return tree;
};

/** A message compiled, or an error that names the message: the parser's own names only its kind. */
const compiled = (source: string, language: Language, key: string): CompiledMessage => {
  try {
    return compileMessage(source, language);
  } catch (error) {
    throw new Error(`The ${language} message ${key} is not valid ICU MessageFormat (${(error as Error).message}): ${source}`);
  }
};

interface Surface {
  name: string;
  /** The key type its module is typed by, and where that type comes from (relative to the compiled folder). */
  keyType: string;
  keyTypeFrom: string;
  messages: (language: Language) => Readonly<Record<string, string>>;
  from: (language: Language) => string;
}

/** Some of a catalogue's keys, as a surface's module holds them. */
const keysOf = (language: Language, wanted: (key: string) => boolean) => Object.fromEntries(Object.entries(catalogueSources[language]).filter(([key]) => wanted(key)));

const surfaces: readonly Surface[] = [
  {
    name: 'all',
    keyType: 'MessageKey',
    keyTypeFrom: '../catalogues/en.js',
    messages: (language) => catalogueSources[language],
    from: (language) => `shared/i18n/catalogues/${language}.ts`,
  },
  {
    name: 'candidate-pages',
    keyType: 'MessageKey',
    keyTypeFrom: '../catalogues/en.js',
    messages: (language) => keysOf(language, isCandidatePageKey),
    from: (language) => `shared/i18n/catalogues/${language}.ts (the candidate pages' keys)`,
  },
  {
    name: 'staff-page',
    keyType: 'MessageKey',
    keyTypeFrom: '../catalogues/en.js',
    messages: (language) => keysOf(language, isStaffPageKey),
    from: (language) => `shared/i18n/catalogues/${language}.ts (the staff page's keys)`,
  },
  {
    name: 'email',
    keyType: 'EmailKey',
    keyTypeFrom: '../catalogues/surfaces.js',
    messages: (language) => keysOf(language, isEmailKey),
    from: (language) => `shared/i18n/catalogues/${language}.ts (the emails' keys)`,
  },
  {
    name: 'circular-acknowledgement',
    keyType: 'CircularAckKey',
    keyTypeFrom: '../catalogues/surfaces.js',
    messages: (language) => keysOf(language, isCircularAckKey),
    from: (language) => `shared/i18n/catalogues/${language}.ts (the circular acknowledgement page's keys)`,
  },
  {
    name: 'validation',
    keyType: 'ValidationKey',
    keyTypeFrom: '../catalogues/validation/en.js',
    messages: (language) => validationSources[language],
    from: (language) => `shared/i18n/catalogues/validation/${language}.ts`,
  },
];

/** A compiled module's path: `email-ar.ts`. */
export const compiledModule = (surface: string, language: Language): string => path.join(compiledDir, `${surface}-${language}.ts`);

/** The same module for the functions' bundles: `lambda/email-ar.ts` (./compressed-messages.ts). */
export const compressedModule = (surface: string, language: Language): string => path.join(compiledDir, 'lambda', `${surface}-${language}.ts`);

/** Every compiled module's text, by path: each surface and language plain (tests, pages) and compressed (functions). */
export const compiledCatalogueModules = (): Map<string, string> => {
  const modules = new Map<string, string>();
  for (const surface of surfaces) {
    for (const language of languages) {
      const messages = Object.fromEntries(Object.entries(surface.messages(language)).map(([key, source]) => [key, compiled(source, language, key)]));
      // One message a line, so a changed message is one changed line.
      const entries = Object.entries(messages).map(([key, message]) => `  ${JSON.stringify(key)}: ${JSON.stringify(message)},`);
      const text = [
        `// Generated by \`npm run build:pages\` (infra/i18n/compile-catalogues.ts) from ${surface.from(language)}. Do not edit.`,
        "import type { CompiledMessages } from '../compiled-message.js';",
        `import type { ${surface.keyType} } from '${surface.keyTypeFrom}';`,
        '',
        'export const messages = {',
        ...entries,
        `} as unknown as CompiledMessages<${surface.keyType}>;`,
        '',
      ].join('\n');
      modules.set(compiledModule(surface.name, language), text);
      modules.set(compressedModule(surface.name, language), compressedMessagesModule(messages, { ...surface, from: surface.from(language), plain: `../${surface.name}-${language}.ts` }));
    }
  }
  return modules;
};

/** Writes the compiled modules that changed; says whether any did. */
export const writeCompiledCatalogues = async (): Promise<boolean> => {
  await mkdir(path.join(compiledDir, 'lambda'), { recursive: true });
  let written = false;
  for (const [file, text] of compiledCatalogueModules()) {
    if ((await readFile(file, 'utf8').catch(() => '')) === text) continue;
    await writeFile(file, text);
    written = true;
  }
  return written;
};
