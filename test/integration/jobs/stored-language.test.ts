import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailItem } from '#infra/local/mailbox.js';
import { aminaApplication, aminaSubmission, openVacancy } from '../../support/candidates.js';
import { confirmFromReceipt, mailboxOf } from '../../support/email-confirmation.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { seedApplications, storeOf } from '../../support/staff.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';

// The vacancy takes applications on 1 March 2027; its 14-day reminder falls on 16 March in Lyon.
const clock = settableClock('2027-03-01T08:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let store: ReturnType<typeof storeOf>;

beforeAll(async () => {
  stack = await startTestStack(clock);
  store = storeOf(stack);
  const dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  await dynamoVacancyStore(createDocumentClient(dynamo), stack.tableName).put(
    openVacancy({ number: '3801', title: 'Analyst', publishedAt: '2027-02-01', deadline: '2027-03-30' }),
  );
  dynamo.destroy();
});
afterAll(async () => {
  store?.close();
  await stack?.stop();
});

const submit = async (body: Record<string, unknown>, acceptLanguage: string): Promise<string> => {
  const response = await fetch(`${stack.url}/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': acceptLanguage },
    body: JSON.stringify(aminaSubmission({ vacancy: '3801', ...body })),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { applicationId: string }).applicationId;
};

const mailTo = async (address: string): Promise<MailItem[]> => (await mailboxOf(stack.url)).filter((mail) => mail.to.includes(address));

const runReminders = async (now: string) => {
  const response = await fetch(`${stack.url}/_local/jobs/deadline-reminders?now=${now}`, { method: 'POST' });
  expect(response.status).toBe(200);
};

describe('the candidate’s language, stored with the application', () => {
  it('takes the browser’s language when the body names none, and every later email uses it (in the candidate’s zone too)', async () => {
    // Act: a Mexican browser submits, confirms, and the 14-day reminder comes two weeks later.
    const id = await submit({ email: 'lucia.morales@policia.example', timeZone: 'America/Mexico_City' }, 'es-MX,es;q=0.9,en;q=0.5');
    expect((await confirmFromReceipt(stack.url, id)).status).toBe(200);
    await runReminders('2027-03-16T05:00:00.000Z');

    // Assert
    expect((await store.applications.get(id))?.language).toBe('es');
    const [receipt, reminder] = await mailTo('lucia.morales@policia.example');
    expect(receipt?.subject).toBe('Confirme su candidatura: vacante 3801, Analyst');
    expect(reminder?.subject).toBe('Recordatorio: su candidatura a la vacante 3801, Analyst, está incompleta');
    expect(reminder?.text).toContain('El plazo vence dentro de 14 días');
    // The deadline in the duty station's time, then in the candidate's own zone (the form gave it).
    expect(reminder?.text).toContain(
      '30 de marzo de 2027, a las 23:59, hora de Lyon (Europe/Paris, UTC+02:00); es decir, 30 de marzo de 2027, a las 15:59, su hora local (America/Mexico_City, UTC-06:00)',
    );
    expect(reminder?.html).toContain('<html lang="es" dir="ltr">');
  });

  it('lets the language the candidate chose win over the browser’s, Arabic right to left', async () => {
    const id = await submit({ email: 'amina.arabic@police.example', language: 'ar' }, 'fr-FR,fr;q=0.9');

    expect((await store.applications.get(id))?.language).toBe('ar');
    const [receipt] = await mailTo('amina.arabic@police.example');
    expect(receipt?.subject).toBe('يُرجى تأكيد طلبكم: الوظيفة الشاغرة 3801، Analyst');
    expect(receipt?.html).toContain('<html lang="ar" dir="rtl">');
  });

  it('reads an application stored before languages existed (no language) as English', async () => {
    // Prepare: the item as the previous version wrote it, with no language.
    const old = aminaApplication({ id: '5b1f4c1e-0000-4000-8000-0000000003f1', vacancy: '3801', email: 'old.shape@police.example', submittedAt: '2027-02-10T10:00:00.000Z' });
    expect(old).not.toHaveProperty('language');
    await seedApplications(store.applications, [old]);

    // Act: the 7-day round (the 14-day one was done in the first case).
    await runReminders('2027-03-23T05:00:00.000Z');

    // Assert
    expect((await store.applications.get(old.id))?.language).toBeUndefined();
    const [reminder] = await mailTo('old.shape@police.example');
    expect(reminder?.subject).toBe('Reminder: your application to vacancy 3801, Analyst, is not complete');
    expect(reminder?.text).toContain('The deadline is in 7 days');
    expect(reminder?.html).toContain('<html lang="en" dir="ltr">');
  });
});
