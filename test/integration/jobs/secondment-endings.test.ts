import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoNcbContacts } from '#functions/adapters/dynamodb/ncb-contacts.js';
import { dynamoSecondmentStore } from '#functions/adapters/dynamodb/secondment-store.js';
import type { MailItem } from '#infra/local/mailbox.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { Secondment } from '#shared/secondments/secondment.js';
import { startTestStack } from '../../support/local-stack.js';
import { secondmentFixture } from '../../support/secondment-fixture.js';
import { settableClock } from '../../support/settable-clock.js';

/**
 * The secondment-endings job on the local stack (issue 17, point 3), with DynamoDB Local and the
 * SES emulator: HR, the NCB and the officer are told once each, a second run sends nothing, a
 * secondment ended (on its last day or by a recorded end) gets nothing, and a send SES refused
 * (fault injected: the SES emulator stopped) goes with the next run, once.
 */
let stack: Awaited<ReturnType<typeof startTestStack>>;
let client: DynamoDBClient;

const HR = 'hr@secondment-hub.local';

const secondment = (id: string, overrides: Partial<Secondment> = {}): Secondment =>
  secondmentFixture(id, { officer: { givenName: 'Lucía', familyName: `Ortega-${id}`, email: `${id}@policia.es.example`, language: 'es' }, createdBy: HR, ...overrides });

const mailbox = async (): Promise<MailItem[]> => ((await (await fetch(`${stack.url}/_local/mailbox`)).json()) as { items: MailItem[] }).items;
const sentDuring = async (act: () => Promise<unknown>): Promise<MailItem[]> => {
  const before = (await mailbox()).length;
  await act();
  return (await mailbox()).slice(before);
};
const runJob = async (now: string) => {
  const response = await fetch(`${stack.url}/_local/jobs/secondment-endings?now=${now}`, { method: 'POST' });
  return { status: response.status, summary: ((await response.json()) as { summary?: Record<string, number> }).summary ?? {} };
};
const to = (items: MailItem[]) => items.map((mail) => mail.to.join(',')).sort();

beforeAll(async () => {
  stack = await startTestStack(settableClock('2028-07-01T06:00:00.000Z'));
  client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  const documents = createDocumentClient(client);
  await dynamoNcbContacts(documents, stack.tableName).seed([
    { country: 'ES', email: 'ocn.endings@policia.es.example', language: 'es', timeZone: 'Atlantic/Canary', updatedAt: '2026-11-01T00:00:00.000Z', updatedBy: 'seed' },
    { country: 'FR', email: 'bcn.endings@interieur.fr.example', language: 'fr', updatedAt: '2026-11-01T00:00:00.000Z', updatedBy: 'seed' },
  ]);
  const store = dynamoSecondmentStore(documents, stack.tableName);
  const created = (one: Secondment) => store.create(one, { at: one.createdAt, by: HR, action: 'created', changes: {} });
  // Due its 9-month notice from 1 July 2028; one whose last day passed yesterday; one ended early by HR, its day still ahead.
  await created(secondment('due'));
  await created(secondment('over', { firstDay: '2026-07-01', lastDay: '2028-06-30' }));
  await created(secondment('recalled', { lastDay: '2028-12-31', ended: { lastDay: '2028-09-30', early: true, reason: 'Recalled by the home administration.', at: '2028-06-01T09:00:00.000Z', by: HR } }));
  // A French officer on a 6-month run: its 6-month notice due from its first day, 15 July 2028, its 3-month one from 15 October.
  await created(
    secondment('refused', {
      officer: { givenName: 'Jean', familyName: 'Martin', email: 'jean.martin@interieur.fr.example', language: 'fr' },
      nationality: 'FR',
      homeAdministration: 'Police nationale',
      homeAdministrationCountry: 'FR',
      type: 'short-term',
      firstDay: '2028-07-15',
      lastDay: '2029-01-14',
    }),
  );
}, 180_000);
afterAll(async () => {
  client?.destroy();
  await stack?.stop();
});

describe('the secondment-endings job', () => {
  it('tells HR, the NCB and the officer once each, in their languages; a second run sends nothing; an ended secondment gets nothing', async () => {
    let first: Awaited<ReturnType<typeof runJob>> | undefined;
    const sent = await sentDuring(async () => (first = await runJob('2028-07-01T06:40:00.000Z')));
    const again = await sentDuring(() => Promise.all([runJob('2028-07-01T07:40:00.000Z'), runJob('2028-07-02T06:40:00.000Z')]));

    expect(first).toMatchObject({ status: 200, summary: { due: 1, sent: 3, failed: 0 } });
    expect(to(sent)).toEqual([HR, 'due@policia.es.example', 'ocn.endings@policia.es.example'].sort());
    const bySubject = Object.fromEntries(sent.map((mail) => [mail.to[0], mail]));
    expect(bySubject[HR]?.subject).toBe('Secondment ending on 31 March 2029: Lucía Ortega-due, Cybercrime Directorate');
    expect(bySubject['ocn.endings@policia.es.example']?.text).toContain('aún puede prorrogarse 48 meses como máximo');
    expect(bySubject['ocn.endings@policia.es.example']?.text).toContain('su hora local (Atlantic/Canary, UTC+01:00)');
    expect(bySubject['due@policia.es.example']?.subject).toBe('Su comisión de servicio termina el 31 de marzo de 2029');
    expect(bySubject['due@policia.es.example']?.text).toContain('diríjanse a su Oficina Central Nacional');
    expect(again).toEqual([]);
    const texts = (await mailbox()).map((mail) => mail.text).join('\n');
    expect(texts).not.toMatch(/Ortega-over|Ortega-recalled/);
  }, 120_000);

  it('keeps a notice’s claim past the last day it is about, so it is never sent again', async () => {
    const { Item } = await createDocumentClient(client).send(new GetCommand({ TableName: stack.tableName, Key: { pk: 'SECONDMENT#due', sk: 'CLAIM#ending-9-officer#2029-03-31' } }));
    expect(Item).toMatchObject({ state: 'sent' });
    expect(Number(Item?.expiresAt) * 1000).toBeGreaterThan(Date.parse('2030-03-31T00:00:00.000Z'));
  });

  it('sends a notice SES refused (fault injected: the SES emulator stopped) with the next run, once, and not a third time', async () => {
    await stack.emulators.ses.stop();
    let down: Awaited<ReturnType<typeof runJob>> | undefined;
    try {
      down = await runJob('2028-10-15T06:40:00.000Z');
    } finally {
      await stack.emulators.ses.start();
    }
    const retried = await sentDuring(() => runJob('2028-10-15T07:40:00.000Z'));
    const third = await sentDuring(() => runJob('2028-10-15T08:40:00.000Z'));

    // The Spanish officer's 6-month notice (due since 1 October, no run since) goes with it; Jean's 6-month one was never sent: the 3-month one says it all.
    expect(down).toMatchObject({ status: 503, summary: { due: 2, sent: 0, failed: 6 } });
    expect(to(retried)).toEqual([HR, HR, 'bcn.endings@interieur.fr.example', 'due@policia.es.example', 'jean.martin@interieur.fr.example', 'ocn.endings@policia.es.example'].sort());
    const jean = retried.find((mail) => mail.to[0] === 'jean.martin@interieur.fr.example');
    expect(jean?.subject).toBe('Votre détachement prend fin le 14 janvier 2029');
    expect(jean?.text).toContain('un détachement de courte durée dure au plus 36 mois au total ; celui-ci en compte 6, il peut donc encore être prolongé de 30 mois au plus');
    expect(jean?.text).toContain('Il reste 3 mois d’ici là');
    expect(third).toEqual([]);
  }, 120_000);

  it('sends nothing after the last day', async () => {
    const after = await sentDuring(() => runJob('2029-04-01T06:40:00.000Z'));
    expect(after).toEqual([]);
  }, 60_000);
});
