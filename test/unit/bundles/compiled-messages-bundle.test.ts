import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build, type Metafile } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { functionBuildOptions } from '#infra/aws/function-bundles.js';
import { browserBuildOptions } from '#infra/pages/build-pages.js';
import { catalogueSources } from '#shared/i18n/catalogues/sources.js';
import { intlLocale } from '#shared/i18n/languages.js';
import { IntlMessageFormat } from 'intl-messageformat';

const run = promisify(execFile);
const projectRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const scratch = mkdtempSync(path.join(tmpdir(), 'message-bundles-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The ICU parser's modules: what the bundles must leave out now that the messages come compiled. */
const parserInputs = (metafile: Metafile): string[] =>
  Object.keys(metafile.inputs).filter((input) => /icu-messageformat-parser\/index\.js|icu-skeleton-parser/.test(input));

// A module that says a message of each surface: a validation problem's (the middleware's), an email's, a page's.
const saying = `
import { validationTranslatorFor } from '${projectRoot}/shared/i18n/catalogues/validation/index.ts';
import { emailWords } from '${projectRoot}/shared/email/words.ts';
import { translatorFor } from '${projectRoot}/shared/i18n/catalogues/index.ts';
export const said = () => ({
  validation: validationTranslatorFor('fr').t('validation.type', { expected: 'number' }),
  email: emailWords('ar').text('reminder.timeLeft', { days: 2, deadline: 'D' }),
  page: translatorFor('es').t('form.otherLanguages.matches', { count: 1 }),
});`;

describe('the bundles say compiled messages', () => {
  it('a function leaves the ICU parser out and says each surface’s messages as the source says them', async () => {
    const { outExtension: _outExtension, ...options } = functionBuildOptions;
    const outfile = path.join(scratch, 'messages.mjs');
    const result = await build({
      ...options,
      stdin: { contents: saying, loader: 'ts', resolveDir: projectRoot },
      outfile,
      metafile: true,
      sourcemap: false,
      logLevel: 'silent',
    });

    expect(parserInputs(result.metafile)).toEqual([]);
    expect(Object.keys(result.metafile.inputs).filter((input) => input.endsWith('node_modules/@formatjs/icu-messageformat-parser/no-parser.js'))).toHaveLength(1);
    // Each surface's own module, compressed: the Arabic emails', the French validation problems', the Spanish pages'; no catalogue as written, no plain module.
    const compiledInputs = Object.keys(result.metafile.inputs).filter((input) => input.startsWith('shared/i18n/compiled/'));
    expect(compiledInputs).toEqual(
      expect.arrayContaining(['shared/i18n/compiled/lambda/email-ar.ts', 'shared/i18n/compiled/lambda/validation-fr.ts', 'shared/i18n/compiled/lambda/all-es.ts']),
    );
    expect(compiledInputs.filter((input) => !input.startsWith('shared/i18n/compiled/lambda/'))).toEqual([]);
    expect(Object.keys(result.metafile.inputs).filter((input) => /^shared\/i18n\/catalogues\/(validation\/)?(ar|en|fr|es)\.ts$/.test(input))).toEqual([]);

    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', `const { said } = await import(${JSON.stringify(pathToFileURL(outfile).href)}); console.log(JSON.stringify(said()));`]);
    const said = JSON.parse(stdout) as Record<string, string>;
    const reference = (language: 'ar' | 'fr' | 'es', key: keyof (typeof catalogueSources)['en'], values: Record<string, string | number>) => {
      const out = new IntlMessageFormat(catalogueSources[language][key], intlLocale(language)).format<string>({ ...values, b: (chunks: string[]) => chunks.join('') });
      return Array.isArray(out) ? out.join('') : String(out);
    };

    expect(said.validation).toBe(reference('fr', 'validation.type', { expected: 'number' }));
    expect(said.email).toBe(reference('ar', 'reminder.timeLeft', { days: 2, deadline: 'D' }));
    expect(said.page).toBe(reference('es', 'form.otherLanguages.matches', { count: 1 }));
  });

  it('the pages’ scripts leave the ICU parser out', async () => {
    const result = await build({
      ...browserBuildOptions,
      entryPoints: [path.join(projectRoot, 'functions/pages/client/form.ts'), path.join(projectRoot, 'functions/admin/pages/client/main.ts')],
      outdir: path.join(scratch, 'pages'),
      write: false,
      metafile: true,
      logLevel: 'silent',
    });

    expect(Object.keys(result.metafile.inputs).filter((input) => input.endsWith('node_modules/intl-messageformat/index.js'))).toHaveLength(1);
    expect(parserInputs(result.metafile)).toEqual([]);
    // A browser has no node:zlib: the scripts get their language's messages in the page (functions/pages/client-messages.ts), never a compressed module.
    expect(Object.keys(result.metafile.inputs).filter((input) => input.startsWith('shared/i18n/compiled/lambda/'))).toEqual([]);
  });
});
