import { startTestStack } from './test/support/local-stack.js';
import { aminaApplication } from './test/support/candidates.js';
import { hrOfficer, staffClient, storeOf } from './test/support/staff.js';
import { systemClock } from '#shared/time/clock.js';
const N = Number(process.argv[2] ?? 5000);
const stack = await startTestStack(systemClock);
try {
  const { applications, close } = storeOf(stack);
  const apps = Array.from({ length: N }, (_, i) => aminaApplication({ id: `app-${String(i).padStart(6, '0')}`, vacancy: '1901', email: `c${i}@police.example`, note: i % 3 ? 'Interview notes: strong file' : undefined }));
  const t0 = performance.now();
  for (let i = 0; i < apps.length; i += 50) await Promise.all(apps.slice(i, i + 50).map((a) => applications.create(a, { at: a.submittedAt, by: 'candidate', action: 'submitted', changes: {} })));
  console.log(`seeded ${N} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  close();
  const as = await staffClient(stack, hrOfficer);
  for (const format of ['csv', 'xlsx', 'csv', 'xlsx']) {
    const t = performance.now();
    const r = await as('GET', `/admin/applications/export?format=${format}&vacancy=1901`);
    const ms = performance.now() - t;
    const file = await fetch(String(r.body.url));
    const bytes = (await file.arrayBuffer()).byteLength;
    console.log(format, r.status, r.body.rows, `${(ms / 1000).toFixed(2)} s`, `${Math.round(Number(r.body.rows) / (ms / 1000))} rows/s`, `${(bytes / 1024).toFixed(0)} KiB`);
  }
  // and the import of the whole xlsx back, dry run
  const r = await as('GET', `/admin/applications/export?format=xlsx&vacancy=1901`);
  const xlsx = new Uint8Array(await (await fetch(String(r.body.url))).arrayBuffer());
  const { staffToken } = await import('./test/support/staff.js');
  const token = await staffToken(stack, hrOfficer);
  const t = performance.now();
  const imp = await fetch(`${stack.url}/admin/applications/import?dryRun=true`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }, body: xlsx });
  const body = (await imp.json()) as { counts?: unknown; detail?: string };
  console.log('import dry run', imp.status, JSON.stringify(body.counts ?? body.detail), `${((performance.now() - t) / 1000).toFixed(2)} s`);
} finally {
  await stack.stop();
}
