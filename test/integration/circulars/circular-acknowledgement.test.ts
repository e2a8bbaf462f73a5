import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack } from '../../support/local-stack.js';
import { documented } from '../../support/openapi-answers.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, ncbFrance, staffClient } from '../../support/staff.js';
import { circularsOf, circularWorld, testVacancy } from './circular-world.js';

// The stack's clock answers the acknowledgement route's "now"; each test sets it.
const clock = settableClock('2026-11-22T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let world: ReturnType<typeof circularWorld>;

const FRANCE = 'ncb.fr@ncb.secondment-hub.local';

/** A public GET of the link as the email gives it (the stack's own URL), its answer checked against the OpenAPI document. */
const follow = documented(async (_method: string, path: string) => {
  const response = await fetch(`${stack.url}${path}`);
  return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as Record<string, unknown> };
});
const pathOf = (link: string) => {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
};
const acknowledgementLink = (text: string): string => {
  const link = /https?:\/\/\S+\/circular-acknowledgement\?\S+/.exec(text)?.[0];
  if (!link) throw new Error('The circular carries no acknowledgement link.');
  return pathOf(link);
};

beforeAll(async () => {
  stack = await startTestStack(clock);
  world = circularWorld(stack);
  await world.stores.vacancies.put(testVacancy('C5-ACK', '2027-03-01', '2027-03-20'));
  await world.run('2027-03-02T08:00:00Z');
}, 120_000);
afterAll(async () => {
  world?.close();
  await stack?.stop();
});

/** HR's call, with a token issued at the stack's time now (tests move the clock by months). */
const counts = documented(async (method: string, path: string) => (await staffClient(stack, hrOfficer))(method, path));

describe('the NCB’s acknowledgement, and what HR sees', () => {
  it('records an acknowledgement at the first click of the email’s link and answers the same, writing nothing, at the second', async () => {
    // Arrange
    clock.set('2027-03-03T10:00:00Z');
    const [mail] = (await circularsOf(stack, 'C5-ACK')).filter((item) => item.to.includes(FRANCE));
    const link = acknowledgementLink(mail?.text ?? '');

    // Act
    const first = await follow('GET', link);
    clock.set('2027-03-04T10:00:00Z');
    const second = await follow('GET', link);

    // Assert
    expect(first).toMatchObject({ status: 200, body: { number: 'C5-ACK', country: 'FR', outcome: 'acknowledged', acknowledgedAt: '2027-03-03T10:00:00.000Z' } });
    expect(second).toMatchObject({ status: 200, body: { outcome: 'already', acknowledgedAt: '2027-03-03T10:00:00.000Z' } });
  });

  it('refuses a forged token with a problem+json 404 and a malformed link with a 400', async () => {
    // Arrange
    clock.set('2027-03-03T10:00:00Z');
    const [mail] = (await circularsOf(stack, 'C5-ACK')).filter((item) => item.to.includes('ncb.sn@ncb.secondment-hub.local'));
    const link = acknowledgementLink(mail?.text ?? '');
    const forged = link.replace(/token=[^&]+/, `token=${'A'.repeat(43)}`);
    const otherCountry = link.replace('country=SN', 'country=FR');

    // Act
    const answers = [await follow('GET', forged), await follow('GET', otherCountry), await follow('GET', `${link}&extra=1`)];

    // Assert
    expect(answers.map((answer) => [answer.status, answer.type?.split(';')[0]])).toEqual([
      [404, 'application/problem+json'],
      [404, 'application/problem+json'],
      [400, 'application/problem+json'],
    ]);
    expect((await world.stores.circulars.getSend({ number: 'C5-ACK', edition: 1, country: 'SN' }))?.acknowledgedAt).toBeUndefined();
  });

  it('refuses an expired link (90 days after applications close) with a problem+json 403', async () => {
    // Arrange: the vacancy closed at the end of 20 March in Lyon.
    const [mail] = (await circularsOf(stack, 'C5-ACK')).filter((item) => item.to.includes('ncb.ma@ncb.secondment-hub.local'));
    const link = acknowledgementLink(mail?.text ?? '');
    clock.set('2027-06-19T23:00:00Z');

    // Act
    const expired = await follow('GET', link);

    // Assert
    expect(expired.status).toBe(403);
    expect(expired.type).toContain('application/problem+json');
    expect(String(expired.body.detail)).toContain('expired');
  });

  it('shows HR per vacancy how many NCBs were sent it, bounced since and acknowledged', async () => {
    // Arrange: Senegal's address bounced after its circular went (the SES feedback function's record).
    clock.set('2027-03-05T10:00:00Z');
    await world.stores.suppressions.suppress('ncb.sn@ncb.secondment-hub.local', 'bounce', new Date('2027-03-02T09:00:00Z'));
    await world.stores.suppressions.suppress('ncb.dz@ncb.secondment-hub.local', 'complaint', new Date('2027-03-02T09:00:00Z'));

    // Act
    const answer = await counts('GET', '/admin/vacancies/C5-ACK/circular');

    // Assert
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ number: 'C5-ACK', editions: 1, contacts: 196, sent: 196, bounced: 1, acknowledged: 1, pendingLatest: 0, latestCompletedAt: expect.any(String) });
  });

  it('answers HR 404 for a vacancy that does not exist, and refuses an NCB officer', async () => {
    clock.set('2027-03-05T10:00:00Z');
    const ncb = await staffClient(stack, ncbFrance);

    const missing = await counts('GET', '/admin/vacancies/NOPE-1/circular');
    const refused = await ncb('GET', '/admin/vacancies/C5-ACK/circular');

    expect(missing.status).toBe(404);
    expect(refused.status).toBe(403);
  });
});
