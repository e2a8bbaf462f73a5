import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { memberCountryCodes } from '#shared/reference/countries.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { administrator, hrOfficer, ncbSenegal, staffClient } from '../../support/staff.js';

const clock = settableClock('2026-11-22T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let admin: Awaited<ReturnType<typeof staffClient>>;
let hr: Awaited<ReturnType<typeof staffClient>>;
let ncb: Awaited<ReturnType<typeof staffClient>>;

type Contact = { country: string; email: string; name?: string; language: string; timeZone: string; updatedAt: string; updatedBy: string };

beforeAll(async () => {
  stack = await startTestStack(clock);
  [admin, hr, ncb] = await Promise.all([staffClient(stack, administrator), staffClient(stack, hrOfficer), staffClient(stack, ncbSenegal)]);
});
afterAll(async () => {
  await stack?.stop();
});

describe('NCB contacts through /admin/ncb-contacts', () => {
  it('lists a placeholder address for every member country in the local demo data', async () => {
    const { status, body } = await admin('GET', '/admin/ncb-contacts');

    const items = body.items as Contact[];
    expect(status).toBe(200);
    expect(items.map((contact) => contact.country)).toEqual([...memberCountryCodes].sort());
    expect(items.find((contact) => contact.country === 'SN')).toMatchObject({ email: 'ncb.sn@ncb.secondment-hub.local', updatedBy: 'seed' });
    expect(body.withoutContact).toEqual([]);
  });

  it.each([
    ['HR', () => hr],
    ['an NCB officer', () => ncb],
  ])('refuses %s, reading or writing, with a 403 problem', async (_who, client) => {
    const read = await client()('GET', '/admin/ncb-contacts');
    const write = await client()('PUT', '/admin/ncb-contacts/SN', { email: 'hijack@example.org' });

    expect([read.status, write.status]).toEqual([403, 403]);
    expect(read.type).toMatch(/^application\/problem\+json/);
    expect((await admin('GET', '/admin/ncb-contacts')).body.items).toContainEqual(expect.objectContaining({ country: 'SN', email: 'ncb.sn@ncb.secondment-hub.local' }));
  });

  it('saves an address stamped with the administrator and the time, and audits the change', async () => {
    // Prepare
    clock.set('2026-11-22T09:30:00Z');

    // Act
    const saved = await admin('PUT', '/admin/ncb-contacts/FR', { email: 'bcn.recrutement@interieur.fr.example', name: 'BCN Paris, recruitment desk' });

    // Assert
    const expected = {
      country: 'FR',
      email: 'bcn.recrutement@interieur.fr.example',
      name: 'BCN Paris, recruitment desk',
      // France's demo contact reads French; a save that names no language keeps it.
      language: 'fr',
      // Named by no one: France's.
      timeZone: 'Europe/Paris',
      updatedAt: '2026-11-22T09:30:00.000Z',
      updatedBy: administrator.email,
    };
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual(expected);
    expect((await admin('GET', '/admin/ncb-contacts')).body.items).toContainEqual(expected);
    const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
    const { Items } = await createDocumentClient(client).send(
      new QueryCommand({
        TableName: stack.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :audit)',
        ExpressionAttributeValues: { ':pk': 'NCB_CONTACTS', ':audit': 'AUDIT#FR#' },
      }),
    );
    client.destroy();
    expect(Items).toEqual([
      expect.objectContaining({
        by: administrator.email,
        at: '2026-11-22T09:30:00.000Z',
        changes: {
          email: { from: 'ncb.fr@ncb.secondment-hub.local', to: 'bcn.recrutement@interieur.fr.example' },
          name: { from: 'NCB France (demo)', to: 'BCN Paris, recruitment desk' },
        },
      }),
    ]);
  });

  it.each([
    ['an unknown field', 'SN', { email: 'ncb@police.sn.example', phone: '+221 33 000 00 00' }, 'Unknown field(s): phone'],
    ['an address that is not one', 'SN', { email: 'not an address' }, 'body.email'],
    ['no address', 'SN', { name: 'NCB Dakar' }, 'body.email'],
    ['a name with a line break', 'SN', { email: 'ncb@police.sn.example', name: 'NCB\r\nBcc: x@example.org' }, 'body.name'],
    ['a country that is not a member', 'KP', { email: 'ncb@example.org' }, 'path.country'],
    ['a country code in lower case', 'sn', { email: 'ncb@example.org' }, 'path.country'],
    ['a language that is not one of the four', 'SN', { email: 'ncb@example.org', language: 'pt' }, 'body.language'],
    ['a time zone that is not one', 'SN', { email: 'ncb@example.org', timeZone: 'Africa/Atlantis' }, 'body.timeZone'],
  ])('refuses %s with a 400 problem naming it, and changes nothing', async (_case, country, body, path) => {
    const answer = await admin('PUT', `/admin/ncb-contacts/${country}`, body);

    expect(answer.status).toBe(400);
    expect(answer.type).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(answer.body.errors)).toContain(path);
    expect((await admin('GET', '/admin/ncb-contacts')).body.items).toContainEqual(expect.objectContaining({ country: 'SN', email: 'ncb.sn@ncb.secondment-hub.local' }));
  });

  it('saves the language an NCB reads its digest in, audited', async () => {
    clock.set('2026-11-22T09:40:00Z');

    const saved = await admin('PUT', '/admin/ncb-contacts/MA', { email: 'bcn.rabat@police.ma.example', language: 'ar' });

    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ country: 'MA', email: 'bcn.rabat@police.ma.example', language: 'ar' });
    expect((await admin('GET', '/admin/ncb-contacts')).body.items).toContainEqual(expect.objectContaining({ country: 'MA', language: 'ar' }));
  });

  it('saves the zone an NCB reads times in, audited; a country spanning several reads its capital’s until then', async () => {
    clock.set('2026-11-22T09:50:00Z');
    const before = ((await admin('GET', '/admin/ncb-contacts')).body.items as Contact[]).find((contact) => contact.country === 'RU');

    const saved = await admin('PUT', '/admin/ncb-contacts/RU', { email: 'ncb.ru@ncb.secondment-hub.local', timeZone: 'Asia/Vladivostok' });

    expect(before?.timeZone).toBe('Europe/Moscow');
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ country: 'RU', timeZone: 'Asia/Vladivostok' });
    expect((await admin('GET', '/admin/ncb-contacts')).body.items).toContainEqual(expect.objectContaining({ country: 'RU', timeZone: 'Asia/Vladivostok' }));
    // A later save that names no zone keeps it.
    const kept = await admin('PUT', '/admin/ncb-contacts/RU', { email: 'bcn.vladivostok@ncb.ru.example' });
    expect(kept.body).toMatchObject({ timeZone: 'Asia/Vladivostok' });
    // null: back to the country's (the capital's) zone.
    const reset = await admin('PUT', '/admin/ncb-contacts/RU', { email: 'bcn.vladivostok@ncb.ru.example', timeZone: null });
    expect([reset.status, reset.body.timeZone]).toEqual([200, 'Europe/Moscow']);
  });

  it('reads a contact stored before languages existed (no language) as English', async () => {
    // Prepare: the item as the previous version wrote it.
    const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
    await createDocumentClient(client).send(
      new PutCommand({
        TableName: stack.tableName,
        Item: { pk: 'NCB_CONTACTS', sk: 'COUNTRY#CI', entity: 'ncb-contact', country: 'CI', email: 'bcn.abidjan@police.ci.example', updatedAt: '2026-10-01T00:00:00.000Z', updatedBy: 'seed' },
      }),
    );
    client.destroy();

    // Act
    const items = (await admin('GET', '/admin/ncb-contacts')).body.items as Contact[];

    // Assert
    expect(items.find((contact) => contact.country === 'CI')).toEqual({
      country: 'CI',
      email: 'bcn.abidjan@police.ci.example',
      language: 'en',
      // Nor a zone: Côte d'Ivoire's.
      timeZone: 'Africa/Abidjan',
      updatedAt: '2026-10-01T00:00:00.000Z',
      updatedBy: 'seed',
    });
  });
});
