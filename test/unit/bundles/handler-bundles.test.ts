import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { handlerSourcePath, routes, schedules, type Route } from '#functions/routes.js';
import { functionBuildOptions } from '#infra/aws/function-bundles.js';
import { formScript } from '#functions/pages/generated/client-assets.js';
import { bundles as pageBundles } from '#infra/pages/build-pages.js';

/** The modules each bundle is made of, by entry name, from one esbuild run that writes nothing. */
const bundledModules = async (entryPoints: Record<string, string>, options: Parameters<typeof build>[0]): Promise<Map<string, string[]>> =>
  new Map([...(await bundledBytes(entryPoints, options))].map(([name, inputs]) => [name, Object.keys(inputs)]));

/** The same, with the bytes each module takes in the bundle. */
const bundledBytes = async (entryPoints: Record<string, string>, options: Parameters<typeof build>[0]): Promise<Map<string, Record<string, number>>> => {
  const { metafile } = await build({ ...options, entryPoints, outdir: 'bundles-not-written', write: false, metafile: true, sourcemap: false, logLevel: 'silent' });
  const modules = new Map<string, Record<string, number>>();
  for (const [output, { entryPoint, inputs }] of Object.entries((metafile as Metafile).outputs)) {
    if (entryPoint && !output.endsWith('.map')) {
      modules.set(path.basename(output).replace(/\.m?js$/, ''), Object.fromEntries(Object.entries(inputs).map(([input, { bytesInOutput }]) => [input, bytesInOutput])));
    }
  }
  return modules;
};

const functionModules = () =>
  bundledModules(Object.fromEntries([...routes, ...schedules].map((fn) => [fn.name, handlerSourcePath(fn.handler)])), functionBuildOptions);

const pageScriptModules = () =>
  bundledModules(
    Object.fromEntries(pageBundles.flatMap((bundle) => Object.entries(bundle.entries).filter(([, source]) => source.endsWith('.ts')))),
    { bundle: true, format: 'iife', platform: 'browser', minify: true },
  );

/** zod's full API (about 90 KB), or a message catalogue other than the English one shared/zod.ts loads. */
const FULL_ZOD = /node_modules\/zod\/v4\/(classic\/|locales\/(?!en\.js))/;

describe('what the handlers and pages bundle (issue 13, point 10)', () => {
  it("bundles zod/mini with its English messages only, never zod's full API, in every function", async () => {
    const modules = await functionModules();

    expect(modules.size).toBe(routes.length + schedules.length);
    const withFullZod = [...modules].filter(([, inputs]) => inputs.some((input) => FULL_ZOD.test(input))).map(([name]) => name);
    expect(withFullZod).toEqual([]);
    expect([...modules].filter(([, inputs]) => inputs.some((input) => input.includes('zod/v4/mini/'))).length).toBeGreaterThan(0);
  }, 120_000);

  it("never bundles zod's full API into the pages' scripts, which check the form with the API's schemas", async () => {
    const modules = await pageScriptModules();

    expect([...modules.keys()].sort()).toEqual(['adminScript', 'formScript', 'statusScript']);
    expect([...modules].filter(([, inputs]) => inputs.some((input) => FULL_ZOD.test(input))).map(([name]) => name)).toEqual([]);
  }, 120_000);

  it('leaves the application store out of the routes that read or write only vacancies', async () => {
    const vacancyOnly = ['listVacancies', 'getVacancy', 'formPage', 'listStaffVacancies', 'getStaffVacancy', 'vacancyHistory', 'createVacancy'];
    const modules = await functionModules();

    const withApplicationStore = vacancyOnly.filter((name) => modules.get(name)?.some((input) => input.endsWith('adapters/dynamodb/application-store.ts')) ?? true);
    expect(withApplicationStore).toEqual([]);
  }, 120_000);

  it('leaves the write paths and the listings out of the routes that only read an application', async () => {
    const readOnly = ['getApplicationStatus', 'requestDocumentUpload', 'staffApplicationHistory', 'downloadStaffDocument'];
    const modules = await functionModules();

    const withMore = readOnly.filter((name) =>
      (modules.get(name) ?? ['missing']).some((input) => /adapters\/dynamodb\/application-(store|writes|queries|terms)\.ts$|missing/.test(input)),
    );
    expect(withMore).toEqual([]);
    const listings = ['listStaffApplications', 'summariseStaffApplications'].filter((name) =>
      (modules.get(name) ?? ['missing']).some((input) => /adapters\/dynamodb\/application-(store|writes)\.ts$|missing/.test(input)),
    );
    expect(listings).toEqual([]);
  }, 120_000);

  it('composes email with our MIME composer, never bundling nodemailer', async () => {
    const modules = await functionModules();
    const sending = [...routes, ...schedules].filter((fn) => fn.uses.email).map((fn) => fn.name);

    expect(sending.length).toBeGreaterThan(0);
    expect(sending.filter((name) => !(modules.get(name) ?? []).some((input) => input.endsWith('adapters/ses/mime.ts')))).toEqual([]);
    expect([...modules].filter(([, inputs]) => inputs.some((input) => input.includes('node_modules/nodemailer/'))).map(([name]) => name)).toEqual([]);
  }, 120_000);

  it("leaves staff access and the raw body parser out of the public routes' functions", async () => {
    const modules = await functionModules();
    const publicRoutes = routes.filter((route) => route.caller.kind === 'public').map((route) => route.name);

    const withStaffCode = publicRoutes.filter((name) =>
      (modules.get(name) ?? ['missing']).some((input) => /http\/middleware\/(staff-access|raw-body)\.ts$|missing/.test(input)),
    );
    expect(publicRoutes.length).toBeGreaterThan(0);
    expect(withStaffCode).toEqual([]);
  }, 120_000);

  it("leaves the emails' and pages' messages out of the routes that send no email and render no page, and the pages' out of those that send email (package.json sideEffects: false)", async () => {
    const modules = await functionModules();
    // HR's preview renders the letter it shows, in the candidate's language, and sends nothing.
    const rendersEmails = (route: Route) => route.uses.email || route.name === 'previewLetters';
    const quiet = routes.filter((route) => !rendersEmails(route) && !route.handler.includes('pages/'));
    const sending = routes.filter((route) => rendersEmails(route) && !route.handler.includes('pages/'));
    // The messages are compiled per surface (infra/i18n/compile-catalogues.ts), compressed for the functions; no bundle holds a catalogue as written.
    const surfaceModules = (route: Route, pattern: RegExp) => (modules.get(route.name) ?? []).filter((module) => pattern.test(module));

    for (const route of quiet) expect(surfaceModules(route, /shared\/i18n\/compiled\/(lambda\/)?(all|candidate-pages|staff-page|email)-|shared\/i18n\/catalogues\/(ar|en|fr|es)\.ts$/), route.name).toEqual([]);
    for (const route of sending) {
      expect(surfaceModules(route, /shared\/i18n\/compiled\/lambda\/email-/), route.name).toHaveLength(4);
      expect(surfaceModules(route, /shared\/i18n\/compiled\/(lambda\/)?(all|candidate-pages|staff-page)-|shared\/i18n\/catalogues\/(ar|en|fr|es)\.ts$/), route.name).toEqual([]);
    }
    expect(quiet.length).toBeGreaterThan(20);
    expect(sending.length).toBeGreaterThan(0);

    // A page's function: its own page's messages, not the other page's nor the whole catalogues.
    const pages = routes.filter((route) => route.handler.includes('pages/') && !route.handler.startsWith('openapi/'));
    for (const route of pages) {
      const own = route.handler.startsWith('admin/') ? 'staff-page' : 'candidate-pages';
      expect(surfaceModules(route, new RegExp(`shared/i18n/compiled/lambda/${own}-`)), route.name).toHaveLength(4);
      expect(surfaceModules(route, /shared\/i18n\/compiled\/(lambda\/)?(all|candidate-pages|staff-page)-/).filter((module) => !module.includes(own)), route.name).toEqual([]);
    }
    expect(pages.map((route) => route.name).sort()).toEqual(['adminPage', 'formPage', 'statusPage']);
  }, 120_000);

  it("leaves the form's script out of the status page's function", async () => {
    const modules = await bundledBytes({ statusPage: handlerSourcePath('pages/status-page') }, functionBuildOptions);

    const generated = modules.get('statusPage')?.['functions/pages/generated/client-assets.ts'] ?? 0;
    expect(generated).toBeGreaterThan(0);
    expect(generated).toBeLessThan(formScript.length);
  }, 120_000);
});
