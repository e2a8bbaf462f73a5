import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { LOCAL_TABLE } from '#infra/local/stack.js';
import { npmStart } from '../support/npm-start.js';

const projectRoot = resolve(import.meta.dirname, '..', '..');
const folders: string[] = [];

const openNumbers = async (url: string): Promise<string[]> => {
  const body = (await (await fetch(`${url}/vacancies`)).json()) as { items: Array<{ number: string }> };
  return body.items.map((item) => item.number);
};

/** How many applications the grid's vacancy switcher counts, as HR signed in locally. */
const demoApplicationCount = async (url: string): Promise<number> => {
  const signIn = await fetch(`${url}/_local/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'hr@secondment-hub.local', groups: ['hr'] }),
  });
  const { token } = (await signIn.json()) as { token: string };
  const summary = (await (await fetch(`${url}/admin/applications/summary`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { items: Array<{ total: number }> };
  return summary.items.reduce((sum, item) => sum + item.total, 0);
};

afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('npm start', () => {
  it('runs two copies side by side, stops each cleanly on Ctrl-C, and keeps the data across a restart', async () => {
    const [first, second] = await Promise.all([
      mkdtemp(join(tmpdir(), 'secondment-hub-a-')),
      mkdtemp(join(tmpdir(), 'secondment-hub-b-')),
    ]);
    folders.push(first, second);

    const [a, b] = await Promise.all([npmStart(first), npmStart(second, { DEMO_APPLICATIONS: '0' })]);
    expect(a.url).not.toBe(b.url);
    expect(a.output()).toMatch(/Form:\s+http:\/\/127\.0\.0\.1:\d+\//);
    expect(a.output()).toMatch(/Mailbox:\s+http:\/\/127\.0\.0\.1:\d+\/_local\/mailbox/);
    expect(a.output()).toContain('demo data seeded');
    expect(await openNumbers(a.url)).toEqual(await openNumbers(b.url));
    expect(a.output()).toMatch(/Grid:\s+http:\/\/127\.0\.0\.1:\d+\/admin /);
    // 150 generated applications by default, none with DEMO_APPLICATIONS=0 (the demo's few set rows aside).
    const [withDemo, withoutDemo] = [await demoApplicationCount(a.url), await demoApplicationCount(b.url)];
    expect(withDemo - withoutDemo).toBeGreaterThanOrEqual(150);

    // A vacancy written in the first run, through the real SDK, must be there after a restart.
    const client = createDocumentClient(new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: a.dynamodb }));
    const store = dynamoVacancyStore(client, LOCAL_TABLE);
    const demo = await store.get('1701');
    expect(demo).toBeDefined();
    if (demo) await store.put({ ...demo, number: '9001', title: 'Kept across restarts' });
    client.destroy();
    expect(await openNumbers(a.url)).toContain('9001');
    expect(await openNumbers(b.url)).not.toContain('9001');

    expect(await Promise.all([a.interrupt(), b.interrupt()])).toEqual([0, 0]);

    const again = await npmStart(first);
    expect(again.output()).not.toContain('demo data seeded');
    expect(await openNumbers(again.url)).toContain('9001');
    expect(await again.interrupt()).toBe(0);
  }, 180_000);

  it('says in one line how to install Java when it is missing, and exits 1', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'secondment-hub-nojava-'));
    folders.push(dataDir);
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((done) => {
      // PATH without java (node is started by its absolute path).
      const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/main.ts'], {
        cwd: projectRoot,
        env: { ...process.env, PATH: '/nonexistent', PORT: '0', DATA_DIR: dataDir },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.once('exit', (code) => done({ code, stderr }));
    });
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/needs Java 17 or newer.*apt-get install -y default-jre-headless/);
  }, 60_000);
});
