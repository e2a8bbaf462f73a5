import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { settingVariables } from '#infra/aws/constructs/job-settings.js';
import { loadStage } from '#infra/aws/stages.js';

const projectRoot = resolve(import.meta.dirname, '..');

/**
 * Every variable any function reads at start-up (functions/config.ts): resources named as the
 * CDK app would pass them, and every job setting as the dev stage gives it (all of them, so a
 * setting added later is covered).
 */
export const functionEnvironment = {
  ...process.env,
  ...Object.assign({}, ...Object.values(settingVariables(loadStage('dev', {})))),
  STAGE: 'dev',
  LOG_LEVEL: 'silent',
  TABLE_NAME: 'bench-table',
  DOCUMENTS_BUCKET: 'bench-bucket',
  EMAIL_FROM: 'bench@example.org',
  EMAIL_CONFIGURATION_SET: 'bench-configuration-set',
  PUBLIC_BASE_URL: 'https://apply.example.org',
  DOCUMENTS_UPLOAD_ORIGIN: 'https://bench-bucket.s3.eu-west-3.amazonaws.com',
  STAFF_SIGN_IN_URL: 'https://secondment-hub-dev-staff.auth.eu-west-3.amazoncognito.com',
  STAFF_CLIENT_ID: 'bench-client',
  AWS_REGION: 'eu-west-3',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Milliseconds from start to a bundle and its imports evaluated, in a fresh Node process with `nodeOptions`. */
export const importOnce = (file: string, nodeOptions: readonly string[] = []): number => {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); process.stdout.write(String(performance.now() - t));`;
  try {
    return Number(execFileSync(process.execPath, [...nodeOptions, '--input-type=module', '-e', script], { env: functionEnvironment, cwd: projectRoot, stdio: 'pipe' }).toString());
  } catch (error) {
    // The bundle threw while loading (a variable it reads not set here, say): say which and why.
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '');
    throw new Error(`${file} failed to load: ${stderr.split('\n').find((line) => /Error/.test(line)) ?? stderr.slice(0, 500)}`);
  }
};
