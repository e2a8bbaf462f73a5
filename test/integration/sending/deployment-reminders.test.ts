import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationItem } from '#functions/adapters/dynamodb/application-item.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { deploymentStore } from '#functions/adapters/dynamodb/deployments.js';
import type { MailItem } from '#infra/local/mailbox.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { Application } from '#shared/applications/application.js';
import type { Deployment } from '#shared/deployment/deployment.js';
import { emailWords } from '#shared/email/words.js';
import { aminaApplication } from '../../support/candidates.js';
import { runLocalJob } from '../../support/local-jobs.js';
import { startTestStack } from '../../support/local-stack.js';
import { sendingSetting } from '../../support/sending-unit.js';
import { settableClock } from '../../support/settable-clock.js';

/**
 * The deployment-reminders job on a sending unit's local stack (issue 18, point 6), with DynamoDB
 * Local and the SES emulator: deployments written through the deployments' store, the job fired
 * through the local stack at the time Scheduler would give it; each reminder reaches its reader once (the officer in their language, HR, the
 * approver who released a serving officer), a second run and a run the next day send nothing, and
 * the 7-day checklist reminder comes on its own day.
 */
let stack: Awaited<ReturnType<typeof startTestStack>>;
let client: DynamoDBClient;

const HR = 'hr@secondment-hub.local';
const APPROVER = 'approver@met.police.example';

const mailbox = async (): Promise<MailItem[]> => ((await (await fetch(`${stack.url}/_local/mailbox`)).json()) as { items: MailItem[] }).items;
/** The job as Scheduler fires it: `POST /_local/jobs/deployment-reminders?now=` on the local stack. */
const runJob = async (now: string) => ({ summary: await runLocalJob(stack, 'deployment-reminders', now) });
const sentDuring = async (act: () => Promise<unknown>): Promise<MailItem[]> => {
  const before = (await mailbox()).length;
  await act();
  return (await mailbox()).slice(before);
};

const applicationOf = (id: string, overrides: Partial<Application>): Application =>
  aminaApplication({ id, vacancy: 'EULEX-26-07', status: 'interviewed', version: 3, ...overrides });

const deploymentOf = (id: string, overrides: Partial<Deployment>): Deployment => ({
  id,
  applicationId: id,
  call: 'EULEX-26-07',
  mission: { name: 'EULEX Kosovo', organisation: 'EU', roleCategory: 'mentoring-and-advising', dutyStation: 'Pristina', timeZone: 'Europe/Belgrade' },
  officer: { givenName: 'Grace', familyName: 'Okafor', email: `${id}@police.example`, language: 'en' },
  category: 'civilian-expert',
  deploymentDay: '2026-07-01',
  rotationDay: '2027-06-30',
  checklist: {},
  extensions: [],
  createdAt: '2026-06-01T09:00:00.000Z',
  createdBy: HR,
  updatedAt: '2026-06-01T09:00:00.000Z',
  version: 1,
  ...overrides,
});

const id = (n: number) => `5b1f4c1e-0000-4000-8000-00000000d00${n}`;
const released = { decision: 'approved' as const, from: '2027-03-01', until: '2028-02-29', at: '2026-12-20T10:00:00.000Z', by: APPROVER };
const serving = { category: 'serving-police' as const, applicantStatus: { force: 'met', lineManager: 'Chief Inspector Dan Reyes', lineManagerEmail: 'dan.reyes@met.police.example' } };
const done = { on: '2027-01-05', recordedAt: '2027-01-05T09:00:00.000Z', by: HR };

beforeAll(async () => {
  stack = await startTestStack(settableClock('2027-01-30T05:10:00.000Z'), { profile: sendingSetting });
  client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  const documents = createDocumentClient(client);
  const store = deploymentStore(documents, stack.tableName);
  const seed = async (application: Application, deployment: Deployment) => {
    await documents.send(new PutCommand({ TableName: stack.tableName, Item: applicationItem(application) }));
    await store.create(deployment, { at: deployment.createdAt, by: HR, action: 'created', changes: {} }, { id: application.id, version: application.version });
  };
  // Leaves on 1 March 2027 with the medical and the course not recorded: her 30-day reminder is due from 30 January, in French.
  await seed(
    applicationOf(id(1), { ...serving, release: released, language: 'fr' }),
    deploymentOf(id(1), { category: 'serving-police', force: 'met', officer: { givenName: 'Grace', familyName: 'Okafor', email: 'grace@met.police.example', language: 'fr' }, deploymentDay: '2027-03-01', rotationDay: '2028-02-29', checklist: { vetting: done, insurance: done } }),
  );
  // Ready in every item: nothing to say.
  await seed(applicationOf(id(2), {}), deploymentOf(id(2), { deploymentDay: '2027-02-20', rotationDay: '2028-02-19', checklist: { vetting: done, medical: done, hostileEnvironmentTraining: done, insurance: done } }));
  // A serving officer in mission whose extension the Met has left undecided since 20 January.
  await seed(
    applicationOf(id(3), { ...serving, release: { ...released, from: '2026-07-01', until: '2027-06-30' }, language: 'es' }),
    deploymentOf(id(3), {
      category: 'serving-police',
      force: 'met',
      officer: { givenName: 'Karim', familyName: 'Benali', email: 'karim@met.police.example', language: 'es' },
      extensions: [{ id: 'x1', until: '2027-12-31', reason: 'Mandate renewed', requestedAt: '2027-01-20T09:00:00.000Z', requestedBy: HR, state: 'requested' }],
    }),
  );
  // A civilian whose tour ended on 20 January, no return recorded; another back on 10 January with no debrief.
  await seed(applicationOf(id(4), { category: 'civilian-expert' }), deploymentOf(id(4), { officer: { givenName: 'Amal', familyName: 'Haddad', email: 'amal@expert.example', language: 'ar' }, rotationDay: '2027-01-20' }));
  await seed(
    applicationOf(id(5), { category: 'civilian-expert' }),
    deploymentOf(id(5), { officer: { givenName: 'Ines', familyName: 'Duarte', email: 'ines@expert.example', language: 'es' }, rotationDay: '2027-01-05', returned: { on: '2027-01-10', early: false, recordedAt: '2027-01-10T10:00:00.000Z', by: HR } }),
  );
}, 180_000);
afterAll(async () => {
  client?.destroy();
  await stack?.stop();
});

describe('the deployment-reminders job', () => {
  it('sends each reminder due once: the officer in their language, HR, and the approver who released the officer', async () => {
    const sent = await sentDuring(async () => expect((await runJob('2027-01-30T05:10:00.000Z')).summary).toMatchObject({ deployments: 5, due: 5, sent: 5, alreadySent: 0, failed: 0, noRecipient: 0 }));

    const fr = emailWords('fr');
    const officer = sent.filter((mail) => mail.to.includes('grace@met.police.example'));
    expect(officer).toHaveLength(1);
    expect(officer[0]?.subject).toBe(fr.text('email.deployment.checklist.officer.subject', { mission: 'EULEX Kosovo', days: 30 }));
    expect(officer[0]?.text).toContain(fr.text('email.deployment.checklist.missing', { item: 'medical' }));
    expect(officer[0]?.text).toContain(fr.text('email.deployment.checklist.missing', { item: 'hostileEnvironmentTraining' }));
    expect(officer[0]?.text).not.toContain(fr.text('email.deployment.checklist.missing', { item: 'vetting' }));
    const subjects = (to: string) => sent.filter((mail) => mail.to.includes(to)).map((mail) => mail.subject).sort();
    expect(subjects(HR)).toEqual(['Checklist not complete: Grace Okafor, EULEX Kosovo, 30 days before deployment', 'Debrief due: Ines Duarte, EULEX Kosovo', 'Return due: Amal Haddad, EULEX Kosovo']);
    expect(subjects(APPROVER)).toEqual(['Reminder: the extension for Karim Benali (EULEX Kosovo) awaits your decision']);
    expect(sent.flatMap((mail) => mail.to).sort()).toEqual([APPROVER, 'grace@met.police.example', HR, HR, HR].sort());
  });

  it('sends nothing more on a second run, nor the next day inside the same threshold', async () => {
    const again = await sentDuring(async () => {
      expect((await runJob('2027-01-30T05:10:00.000Z')).summary).toMatchObject({ due: 5, sent: 0, alreadySent: 5 });
      expect((await runJob('2027-01-31T05:10:00.000Z')).summary).toMatchObject({ due: 5, sent: 0, alreadySent: 5 });
    });

    expect(again).toEqual([]);
  });

  it('sends the 7-day checklist reminder on its day, once, and nothing of the 30-day one again', async () => {
    const sent = await sentDuring(async () => {
      expect((await runJob('2027-02-22T05:10:00.000Z')).summary).toMatchObject({ sent: 2, failed: 0 });
      expect((await runJob('2027-02-22T05:10:00.000Z')).summary).toMatchObject({ sent: 0 });
    });

    expect(sent.map((mail) => mail.to.join(',')).sort()).toEqual(['grace@met.police.example', HR]);
    expect(sent.find((mail) => mail.to.includes(HR))?.subject).toBe('Checklist not complete: Grace Okafor, EULEX Kosovo, 7 days before deployment');
  });
});
