import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { localProfileSetting } from '#infra/local/profile-setting.js';
import { seedDemoData, SeededForAnotherProfile } from '#infra/local/seed/seed-demo-data.js';
import { startLocalStack, type LocalStack } from '#infra/local/stack.js';
import type { Application } from '#shared/applications/application.js';
import type { DeploymentRow } from '#shared/deployment/view.js';
import type { MailItem } from '#infra/local/mailbox.js';
import { runLocalJob } from '../../support/local-jobs.js';
import { receivingProfile } from '#shared/profiles/profile.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, metApprover, scotlandApprover, staffClient, storeOf } from '../../support/staff.js';

const clock = settableClock('2026-12-07T09:00:00Z');
let stack: LocalStack;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'secondment-hub-sending-demo-'));
  // As `PROFILE=sending npm start` starts it.
  stack = await startLocalStack({ port: 0, dataDir, clock, logLevel: 'silent', demoApplications: 1, profile: localProfileSetting('sending') });
});
afterAll(async () => {
  await stack?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const listed = async (path: string): Promise<Vacancy[]> => {
  const response = await fetch(`${stack.url}${path}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: Vacancy[] }).items;
};

describe('the demo data of a sending unit (PROFILE=sending npm start)', () => {
  it('lists its calls for mission posts, each with its mission, and none of the receiving organisation’s vacancies; one is past its national deadline, being nominated, and an older one has deployed officers', async () => {
    const open = await listed('/vacancies');
    const all = await listed('/vacancies?status=all');

    expect(open.map((call) => [call.number, call.mission?.mission, call.mission?.organisation, call.mission?.roleCategory, call.location, call.timeZone])).toEqual([
      ['OSCE-BIH-2603', 'OSCE Mission to Bosnia and Herzegovina', 'OSCE', 'rule-of-law', 'Sarajevo', 'Europe/Sarajevo'],
      ['EULEX-2601', 'EULEX Kosovo', 'EU', 'mentoring-and-advising', 'Pristina', 'Europe/Belgrade'],
      ['EUMM-2602', 'EUMM Georgia', 'EU', 'border-monitoring', 'Tbilisi', 'Asia/Tbilisi'],
      ['UNMISS-2604', 'UNMISS South Sudan', 'UN', 'training', 'Juba', 'Africa/Juba'],
    ]);
    expect(all.map((call) => call.number).sort()).toEqual([...open.map((call) => call.number), 'EUAM-2600', 'EUMM-2590'].sort());
    expect(all.find((call) => call.number === 'EUAM-2600')).toMatchObject({ status: 'closed', deadline: '2026-12-02', mission: { mission: 'EUAM Ukraine', missionDeadline: '2026-12-16', nominationsAllowed: 2 } });
    // Both its deadlines passed months ago: the mission has answered.
    expect(all.find((call) => call.number === 'EUMM-2590')).toMatchObject({ status: 'closed', deadline: '2026-05-31', durationMonths: 6, secondmentType: 'short-term', mission: { mission: 'EUMM Georgia', roleCategory: 'border-monitoring', missionDeadline: '2026-06-10', nominationsAllowed: 3 } });
  });

  it('gives each call a national deadline after today and before the mission’s own, counted from the day the data was made', async () => {
    const open = await listed('/vacancies');

    expect(open.map((call) => [call.number, call.deadline, call.mission?.missionDeadline])).toEqual([
      ['OSCE-BIH-2603', '2026-12-17', '2026-12-31'],
      ['EULEX-2601', '2026-12-21', '2027-01-04'],
      ['EUMM-2602', '2026-12-28', '2027-01-11'],
      ['UNMISS-2604', '2027-01-06', '2027-01-21'],
    ]);
    expect(open.find((call) => call.number === 'EULEX-2601')?.mission).toMatchObject({ rankSought: 'Inspector or above', nominationsAllowed: 3 });
  });

  it('shows a call with its notice on its own page of the API', async () => {
    const response = await fetch(`${stack.url}/vacancies/EULEX-2601`);
    const call = (await response.json()) as Vacancy;

    expect(response.status).toBe(200);
    expect(call.mission?.mission).toBe('EULEX Kosovo');
    expect(call.notice?.experience?.minimumYears).toBe(8);
  });

  it('holds applicants of the three categories, each with a CV and the status its category tells', async () => {
    const hr = await staffClient(stack, hrOfficer);
    const calls = ['EULEX-2601', 'EUMM-2602', 'OSCE-BIH-2603', 'UNMISS-2604', 'EUAM-2600', 'EUMM-2590'];
    const { applications, close } = storeOf(stack);
    try {
      const rows = (
        await Promise.all(
          calls.map(async (call) => {
            const answer = await hr('GET', `/admin/applications?vacancy=${call}&limit=100`);
            expect(answer.status).toBe(200);
            return (answer.body as unknown as { items: Array<{ id: string }> }).items;
          }),
        )
      ).flat();
      const stored = (await Promise.all(rows.map((row) => applications.get(row.id)))).filter((application): application is Application => application !== undefined);
      const byCategory = (category: string) => stored.filter((application) => application.category === category);

      expect(stored).toHaveLength(19);
      expect(stored.every((application) => application.documents.cv !== undefined && application.homeAdministrationCountry === undefined)).toBe(true);
      expect(new Set(byCategory('serving-police').map((application) => application.applicantStatus?.force)).size).toBeGreaterThanOrEqual(5);
      expect(byCategory('serving-police').every((application) => application.applicantStatus?.lineManager && application.applicantStatus.lineManagerEmail)).toBe(true);
      expect(byCategory('retired-police').map((application) => application.applicantStatus?.retiredOn).every(Boolean)).toBe(true);
      expect(byCategory('retired-police')).toHaveLength(5);
      expect(byCategory('civilian-expert').map((application) => application.applicantStatus?.onExpertRoster).sort()).toEqual([false, false, true, true, true]);
      expect(stored.filter((application) => application.status === 'screening')).toHaveLength(5);
      // EUAM-2600's three, interviewed, not nominated yet; its two serving officers released by their forces.
      const interviewed = stored.filter((application) => application.status === 'interviewed');
      const toNominate = interviewed.filter((application) => application.nomination === undefined);
      expect(toNominate.map((application) => application.vacancy)).toEqual(['EUAM-2600', 'EUAM-2600', 'EUAM-2600']);
      expect(toNominate.filter((application) => application.release?.decision === 'approved').map((application) => application.applicantStatus?.force).sort()).toEqual(['met', 'police-scotland']);
      // EUMM-2590's three, nominated and sent on 2026-06-02; the mission answered on 2026-06-22.
      const answered = interviewed.filter((application) => application.nomination !== undefined);
      expect(answered.map((application) => [application.vacancy, application.category, application.nomination?.sent?.on, application.nomination?.answer?.on, application.nomination?.answer?.outcome]).sort()).toEqual([
        ['EUMM-2590', 'civilian-expert', '2026-06-02', '2026-06-22', 'selected'],
        ['EUMM-2590', 'retired-police', '2026-06-02', '2026-06-22', 'reserve'],
        ['EUMM-2590', 'serving-police', '2026-06-02', '2026-06-22', 'selected'],
      ]);
      expect(answered.find((application) => application.category === 'serving-police')?.release).toMatchObject({ decision: 'approved', from: '2026-07-10' });
    } finally {
      close();
    }
  });

  it('has two deployments on the roster: a serving officer in mission with an extension waiting for the force, a civilian leaving in three weeks with the medical and insurance missing', async () => {
    const hr = await staffClient(stack, hrOfficer);

    const answer = await hr('GET', '/admin/deployments');
    const rows = (answer.body as unknown as { items: DeploymentRow[] }).items;

    expect(answer.status).toBe(200);
    expect(rows.map((row) => [row.call, row.mission.name, row.officer.name, row.category, row.force?.id, row.deploymentDay, row.rotationDay, row.state, row.ready])).toEqual([
      ['EUMM-2590', 'EUMM Georgia', 'Rebecca Hollins', 'serving-police', 'met', '2026-07-10', '2027-01-09', 'deployed', true],
      ['EUMM-2590', 'EUMM Georgia', 'Hannah Fitzgerald', 'civilian-expert', undefined, '2026-12-28', '2027-06-27', 'preparing', false],
    ]);
    const [officer, civilian] = rows;
    expect(officer?.checklist).toEqual({ vetting: 'done', medical: 'done', hostileEnvironmentTraining: 'done', insurance: 'done' });
    expect(officer?.contact).toMatchObject({ name: 'Nino Beridze', role: 'Head of Field Office Mtskheta' });
    expect(officer?.pendingExtension).toMatchObject({ state: 'requested', until: '2027-04-09', requestedBy: 'hr.demo@secondment-hub.local' });
    expect(officer?.pendingExtension?.requestedAt.slice(0, 10)).toBe('2026-12-02');
    expect(civilian?.checklist).toEqual({ vetting: 'done', medical: 'missing', hostileEnvironmentTraining: 'done', insurance: 'missing' });
    expect(civilian?.pendingExtension).toBeUndefined();
    expect(civilian?.contact).toBeUndefined();
  });

  it('shows the Met’s approver their officer’s deployment alone, and another force none', async () => {
    const met = await staffClient(stack, metApprover);
    const scotland = await staffClient(stack, scotlandApprover);

    const metRows = (await met('GET', '/admin/deployments')).body as unknown as { items: DeploymentRow[] };
    const scotlandRows = (await scotland('GET', '/admin/deployments')).body as unknown as { items: DeploymentRow[] };

    expect(metRows.items.map((row) => [row.officer.name, row.state, row.pendingExtension?.state])).toEqual([['Rebecca Hollins', 'deployed', 'requested']]);
    expect(scotlandRows.items).toEqual([]);
  });

  it('gives the deployment reminders something to say: today the civilian’s missing medical and insurance, once, and in two days the Met’s extension left a week', async () => {
    const mailbox = async (): Promise<MailItem[]> => ((await (await fetch(`${stack.url}/_local/mailbox`)).json()) as { items: MailItem[] }).items;
    const before = (await mailbox()).length;

    await runLocalJob(stack, 'deployment-reminders', '2026-12-07T05:00:00Z');
    await runLocalJob(stack, 'deployment-reminders', '2026-12-08T05:00:00Z');
    const checklist = (await mailbox()).slice(before);
    await runLocalJob(stack, 'deployment-reminders', '2026-12-09T05:00:00Z');
    const later = (await mailbox()).slice(before + checklist.length);

    expect(checklist.map((mail) => mail.to.join(',')).sort()).toEqual(['hannah.fitzgerald@experts.example', 'hr@secondment-hub.local']);
    expect(checklist.find((mail) => mail.to.includes('hr@secondment-hub.local'))?.subject).toBe('Checklist not complete: Hannah Fitzgerald, EUMM Georgia, 21 days before deployment');
    expect(later.map((mail) => mail.to.join(','))).toEqual(['approver.met@secondment-hub.local']);
  });

  it('refuses to reuse its data folder for the receiving organisation, naming what to do', async () => {
    const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
    try {
      const act = seedDemoData(createDocumentClient(client), stack.tableName, clock.now(), receivingProfile);

      await expect(act).rejects.toThrow(SeededForAnotherProfile);
      await expect(seedDemoData(createDocumentClient(client), stack.tableName, clock.now(), receivingProfile)).rejects.toThrow(
        "This data folder holds a sending organisation's demo data (seeded on 2026-12-07): give the receiving profile a folder of its own with DATA_DIR.",
      );
    } finally {
      client.destroy();
    }
  });
});
