import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { handlerSourcePath, routes } from '#functions/routes.js';
import { functionBuildOptions } from '#infra/aws/function-bundles.js';

/** The modules of one route's function and the bytes each takes in it, from an esbuild run that writes nothing. */
const modulesOf = async (name: string): Promise<Record<string, number>> => {
  const route = routes.find((candidate) => candidate.name === name);
  if (!route) throw new Error(`no route ${name}`);
  const { metafile } = await build({
    ...functionBuildOptions,
    entryPoints: { [name]: handlerSourcePath(route.handler) },
    outdir: 'bundles-not-written',
    write: false,
    metafile: true,
    sourcemap: false,
    logLevel: 'silent',
  });
  const output = Object.entries((metafile as Metafile).outputs).find(([file]) => !file.endsWith('.map'))?.[1];
  return Object.fromEntries(Object.entries(output?.inputs ?? {}).map(([input, { bytesInOutput }]) => [input, bytesInOutput]));
};

describe('what the validation messages cost a function (issue 14, point 1)', () => {
  it('bundles the four languages’ validation messages into a route that only validates, not the whole catalogues', async () => {
    const modules = await modulesOf('getVacancy');
    const inputs = Object.keys(modules);

    // Compiled at build time (infra/i18n/compile-catalogues.ts) and compressed for the functions (infra/i18n/compressed-messages.ts):
    // the validation messages' modules, none of the emails' or pages', no plain module, no catalogue as written.
    expect(inputs.filter((input) => /shared\/i18n\/compiled\/lambda\/validation-(ar|en|es|fr)\.ts$/.test(input))).toHaveLength(4);
    expect(inputs.filter((input) => /shared\/i18n\/compiled\/(lambda\/)?(all|candidate-pages|staff-page|email)-|shared\/i18n\/compiled\/[a-z-]+\.ts$|shared\/i18n\/catalogues\/(validation\/)?(ar|en|es|fr)\.ts$/.test(input))).toEqual([]);
    const catalogueBytes = Object.entries(modules)
      .filter(([input]) => input.includes('shared/i18n/compiled/'))
      .reduce((sum, [, bytes]) => sum + bytes, 0);
    // The validation problems' messages and, since every handler may answer one, the domain problems' (problem.*, the short-term
    // proposals' and the circular's among them, and since issue 18 a sending unit's applicant's, call's, release's and
    // nominations', and the deployments' refusals and conflicts): about 105 KB of text in four languages, 40.6 KB
    // compressed (36.0 before the deployments); the whole catalogues over 300 KB.
    expect(catalogueBytes).toBeLessThan(42_000);
  }, 120_000);
});
