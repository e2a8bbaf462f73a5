import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleUnitForces } from '#infra/example-unit/forces.js';
import { defaultDataDir, localProfileSetting, UnknownProfile } from '#infra/local/profile-setting.js';
import { npmStart } from '../../support/npm-start.js';

const projectRoot = resolve(import.meta.dirname, '..', '..', '..');
const folders: string[] = [];

afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

/** `npm start`'s command with `env`, to its end: its exit code and what it wrote to stderr. */
const runMain = async (env: Record<string, string>) =>
  promisify(execFile)(process.execPath, ['--openssl-legacy-provider', '--import', 'tsx', 'infra/local/main.ts'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: '0', ...env },
    timeout: 60_000,
  }).then(
    () => ({ code: 0, stderr: '' }),
    (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  );

describe('PROFILE of npm start', () => {
  it('runs the receiving organisation when unset, empty or receiving', () => {
    const settings = [undefined, '', 'receiving'].map(localProfileSetting);

    expect(settings).toEqual([{ profile: 'receiving' }, { profile: 'receiving' }, { profile: 'receiving' }]);
    expect(defaultDataDir({ profile: 'receiving' })).toBe('.data');
  });

  it('runs the example national unit, with its forces and a data folder of its own, on PROFILE=sending', () => {
    const setting = localProfileSetting('sending');

    expect(setting).toEqual({ profile: 'sending', forces: exampleUnitForces });
    expect(defaultDataDir(setting)).toBe('.data-sending');
  });

  it.each(['Sending', 'national', 'sending '])('refuses PROFILE=%j, naming the two it takes', (value) => {
    const act = () => localProfileSetting(value);

    expect(act).toThrow(UnknownProfile);
    expect(act).toThrow(`PROFILE must be receiving or sending, not "${value}".`);
  });

  it('stops npm start on PROFILE=national with that message and exit code 2, before starting anything', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'secondment-hub-profile-'));
    folders.push(dataDir);

    const result = await runMain({ PROFILE: 'national', DATA_DIR: join(dataDir, 'never') });

    expect(result).toEqual({ code: 2, stderr: 'PROFILE must be receiving or sending, not "national".\n' });
  });

  it('prints the profile in its banner and serves the unit’s calls on PROFILE=sending', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'secondment-hub-sending-'));
    folders.push(dataDir);

    const started = await npmStart(dataDir, { PROFILE: 'sending' });
    try {
      const calls = ((await (await fetch(`${started.url}/vacancies`)).json()) as { items: Array<{ number: string; mission?: { mission: string } }> }).items;

      expect(started.output()).toMatch(/Profile:\s+sending \(a national unit sending officers and experts to missions; 48 forces\)/);
      expect(calls.map((call) => call.mission?.mission)).toEqual(['OSCE Mission to Bosnia and Herzegovina', 'EULEX Kosovo', 'EUMM Georgia', 'UNMISS South Sudan']);
    } finally {
      expect(await started.interrupt()).toBe(0);
    }
    // npm start builds the pages and starts three emulators: 15 s quiet, nearer 30 s on a busy machine (npm-start.test.ts allows as much).
  }, 120_000);
});
