import { routes } from '#functions/routes.js';
import { startLocalStack } from './stack.js';
import { canIsolate, JavaMissing } from './emulators/dynamodb-local.js';
import { defaultDataDir, localProfileSetting, UnknownProfile } from './profile-setting.js';

/**
 * `npm start`: the whole system on 127.0.0.1:$PORT (default 3000), data in $DATA_DIR (default
 * .data/); `PROFILE=sending npm start` runs the example national unit instead (default data in .data-sending/).
 */
const profile = (() => {
  try {
    return localProfileSetting(process.env.PROFILE);
  } catch (error) {
    if (!(error instanceof UnknownProfile)) throw error;
    console.error(error.message);
    process.exit(2);
  }
})();
const port = Number(process.env.PORT ?? 3000);
const dataDir = process.env.DATA_DIR ?? defaultDataDir(profile);
/** Demo applications seeded on a fresh data folder; DEMO_APPLICATIONS=10000 tries the grid at scale. */
const demoApplications = Number(process.env.DEMO_APPLICATIONS ?? 150);

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}".`);
  process.exit(2);
}
if (!Number.isInteger(demoApplications) || demoApplications < 0 || demoApplications > 100_000) {
  console.error(`DEMO_APPLICATIONS must be a whole number from 0 to 100000, not "${process.env.DEMO_APPLICATIONS}".`);
  process.exit(2);
}

/** A page's URL, or a plain note while its route is still to be built. */
const pageUrl = (base: string, path: string) =>
  routes.some((route) => route.method === 'GET' && route.path === path) ? `${base}${path}` : `${base}${path} (not built yet)`;

const began = performance.now();
let stack: Awaited<ReturnType<typeof startLocalStack>> | undefined;
let stopping = false;
// Installed before starting, so a Ctrl-C during start-up stops the emulators already running too.
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  // Still starting: the start-up below sees `stopping` and stops what it started.
  if (!stack) return;
  await stack.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

try {
  stack = await startLocalStack({ port, dataDir, demoApplications, profile });
  const seconds = ((performance.now() - began) / 1000).toFixed(1);
  console.log(
    [
      `secondment-hub is running (started in ${seconds} s; data in ${dataDir}${stack.seeded.seeded ? ', demo data seeded' : ''})`,
      `  Profile:   ${profile.profile === 'sending' ? `sending (a national unit sending officers and experts to missions; ${profile.forces.length} forces)` : 'receiving (the organisation that receives seconded officers)'}`,
      `  Form:      ${pageUrl(stack.url, '/')}`,
      `  Grid:      ${pageUrl(stack.url, '/admin')}  (sign in locally as HR, an NCB officer or an admin)`,
      `  Mailbox:   ${stack.url}/_local/mailbox`,
      `  API:       ${stack.url}/vacancies`,
      `  Emulators: DynamoDB ${stack.endpoints.dynamodb}  S3 ${stack.endpoints.s3}  SES ${stack.endpoints.ses}`,
      'Press Ctrl-C to stop.',
    ].join('\n'),
  );
  if (!canIsolate()) {
    console.warn('Note: DynamoDB Local listens on every interface of its port on this machine (no loopback-only network namespace here); see the README.');
  }
  if (stopping) {
    await stack.stop();
    process.exit(0);
  }
} catch (error) {
  console.error(error instanceof JavaMissing ? error.message : `Could not start: ${(error as Error).message}`);
  process.exit(1);
}
