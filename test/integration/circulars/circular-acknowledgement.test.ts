import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack } from '../../support/local-stack.js';
import { documented } from '../../support/openapi-answers.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, ncbFrance, ncbSenegal, staffClient } from '../../support/staff.js';
import { circularsOf, circularWorld, testVacancy } from './circular-world.js';

// The stack's clock answers the acknowledgement routes' "now"; each test sets it.
const clock = settableClock('2026-11-22T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let world: ReturnType<typeof circularWorld>;

const addressOf = (country: string) => `ncb.${country.toLowerCase()}@ncb.secondment-hub.local`;

const pathOf = (link: string) => {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
};
/** The acknowledgement link of the circular a country's NCB was sent for a vacancy (its path and query). */
const linkFor = async (number: string, country: string): Promise<string> => {
  const [mail] = (await circularsOf(stack, number)).filter((item) => item.to.includes(addressOf(country)));
  const link = /https?:\/\/\S+\/circular-acknowledgement\?\S+/.exec(mail?.text ?? '')?.[0];
  if (!link) throw new Error(`The circular of ${number} to ${country} carries no acknowledgement link.`);
  return pathOf(link);
};

/** A browser's GET of the link: the page. */
const open = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${stack.url}${path}`, { headers: { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8', ...headers } });
  return { status: response.status, type: response.headers.get('content-type') ?? '', headers: response.headers, text: await response.text() };
};

/** The page's button: a POST to the same path without the token, which goes in the URL-encoded body. */
const press = async (link: string, accept = 'text/html') => {
  const url = new URL(link, 'http://x.invalid');
  const token = url.searchParams.get('token') ?? '';
  url.searchParams.delete('token');
  const response = await fetch(`${stack.url}${url.pathname}${url.search}`, {
    method: 'POST',
    headers: { Accept: accept, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token }).toString(),
  });
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
};

/** A JSON client's POST (the token in a JSON body), its answer checked against the OpenAPI document. */
const postJson = documented(async (_method: string, path: string, token?: unknown) => {
  const response = await fetch(`${stack.url}${path}`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ token }),
  });
  return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as Record<string, unknown> };
});
/** The link's path for the POST (the token taken out), and the token. */
const splitLink = (link: string) => {
  const url = new URL(link, 'http://x.invalid');
  const token = url.searchParams.get('token') ?? '';
  url.searchParams.delete('token');
  return { path: `${url.pathname}${url.search}`, token };
};

/**
 * The links of a page the POST answered (its path: `postedTo`) that answer 400 when followed: a
 * language switcher without the token would (the GET needs it), so such a page has none.
 */
const linksAnswering400 = async (page: string, postedTo: string): Promise<string[]> => {
  const hrefs = [...page.matchAll(/href="([^"#][^"]*)"/g)].map((match) => (match[1] ?? '').replaceAll('&amp;', '&')).filter((href) => !href.startsWith('data:'));
  const answers = await Promise.all(hrefs.map(async (href) => [href, (await fetch(new URL(href, `${stack.url}${postedTo}`), { headers: { Accept: 'text/html' } })).status] as const));
  return answers.filter(([, status]) => status === 400).map(([href]) => href);
};

/** The page's form: its action and hidden token. */
const formOf = (page: string) => ({
  action: /<form method="post" action="([^"]+)">/.exec(page)?.[1]?.replaceAll('&amp;', '&'),
  token: /<input type="hidden" name="token" value="([^"]+)">/.exec(page)?.[1],
});

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

/** HR's and NCB officers' calls, with a token issued at the stack's time now (tests move the clock by months). */
const hr = documented(async (method: string, path: string) => (await staffClient(stack, hrOfficer))(method, path));
const ncb = (identity: typeof ncbFrance) => documented(async (method: string, path: string) => (await staffClient(stack, identity))(method, path));

describe('the email’s acknowledgement link: a page that writes nothing, and its button', () => {
  it('answers GET with a page in the circular’s language naming the vacancy and the country, and records nothing, however often it is fetched', async () => {
    // Arrange
    clock.set('2027-03-03T10:00:00Z');
    const link = await linkFor('C5-ACK', 'FR');
    const before = await world.stores.circulars.getSend({ number: 'C5-ACK', edition: 1, country: 'FR' });

    // Act: a mail scanner, then a link previewer, then the NCB.
    const first = await open(link);
    const second = await open(link, { 'Accept-Language': 'es' });

    // Assert
    expect(new URL(link, 'http://x.invalid').searchParams.get('lang')).toBe('fr');
    for (const page of [first, second]) {
      expect(page.status).toBe(200);
      expect(page.type).toContain('text/html');
      expect(page.text).toContain('<html lang="fr" dir="ltr">');
      expect(page.text).toContain('Criminal Intelligence Officer');
      expect(page.text).toContain('France');
      expect(page.text).toContain('Accuser réception');
      expect(page.headers.get('content-security-policy')).toContain("script-src 'none'");
      expect(page.headers.get('content-security-policy')).toContain("form-action 'self'");
    }
    expect(formOf(first.text)).toEqual({ action: '?edition=1&country=FR&lang=fr', token: new URL(link, 'http://x.invalid').searchParams.get('token') });
    expect(await world.stores.circulars.getSend({ number: 'C5-ACK', edition: 1, country: 'FR' })).toEqual(before);
    expect(before?.acknowledgedAt).toBeUndefined();
  });

  it('records the acknowledgement once when the page’s button posts the token, and says “already” after, writing nothing more', async () => {
    // Arrange
    clock.set('2027-03-03T11:00:00Z');
    const link = await linkFor('C5-ACK', 'FR');

    // Act
    const first = await press(link);
    clock.set('2027-03-04T10:00:00Z');
    const second = await press(link);
    const reopened = await open(link);

    // Assert
    expect(first.status).toBe(200);
    expect(first.text).toContain('a été enregistré le 3 mars 2027');
    expect(second.status).toBe(200);
    expect(second.text).toContain('a déjà accusé réception de cette circulaire le 3 mars 2027');
    expect(reopened.text).toContain('a déjà accusé réception');
    expect(reopened.text).not.toContain('<form');
    expect((await world.stores.circulars.getSend({ number: 'C5-ACK', edition: 1, country: 'FR' }))?.acknowledgedAt).toBe('2027-03-03T11:00:00.000Z');
    // The pages the POST answered have no link that fails (no language switcher without the token); the GET's page keeps it.
    for (const page of [first, second]) {
      expect(page.text).not.toContain('<nav class="language-switcher"');
      expect(await linksAnswering400(page.text, splitLink(link).path)).toEqual([]);
    }
    expect(reopened.text).toContain('<nav class="language-switcher"');
  });

  it('answers a client that asks for JSON with the JSON acknowledgement, and the page in Arabic to a browser for Morocco', async () => {
    // Arrange
    clock.set('2027-03-05T10:00:00Z');
    const { path, token } = splitLink(await linkFor('C5-ACK', 'DE'));
    const morocco = await linkFor('C5-ACK', 'MA');

    // Act
    const first = await postJson('POST', path, token);
    const second = await postJson('POST', path, token);
    const page = await open(morocco);

    // Assert
    expect(first).toMatchObject({ status: 200, body: { number: 'C5-ACK', country: 'DE', outcome: 'acknowledged', acknowledgedAt: '2027-03-05T10:00:00.000Z' } });
    expect(second).toMatchObject({ status: 200, body: { outcome: 'already', acknowledgedAt: '2027-03-05T10:00:00.000Z' } });
    expect(page.text).toContain('<html lang="ar" dir="rtl">');
    expect(page.text).toContain('الإشعار بالاستلام');
  });

  it('opens a link sent before links named their language, of a send recorded without one, in the browser’s language', async () => {
    // Arrange: Portugal's send as the code before wrote it (no language), and its link without `lang=`.
    clock.set('2027-03-03T10:00:00Z');
    const portugal = await world.stores.circulars.getSend({ number: 'C5-ACK', edition: 1, country: 'PT' });
    if (!portugal) throw new Error('Portugal was sent no circular.');
    await world.oldShapeSend(portugal);
    const link = (await linkFor('C5-ACK', 'PT')).replace(/&lang=[a-z]+/, '');

    // Act
    const page = await open(link, { 'Accept-Language': 'es-ES,es;q=0.9' });
    const pressed = await press(link);

    // Assert
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html lang="es" dir="ltr">');
    expect(formOf(page.text).action).toBe('?edition=1&country=PT&lang=es');
    expect(pressed.status).toBe(200);
    expect((await world.stores.circulars.getSend({ number: 'C5-ACK', edition: 1, country: 'PT' }))?.acknowledgedAt).toBe('2027-03-03T10:00:00.000Z');
  });

  it('refuses a forged token with a 404 (a page to a browser, problem+json to JSON) and a malformed link with a 400, writing nothing', async () => {
    // Arrange
    clock.set('2027-03-03T10:00:00Z');
    const link = await linkFor('C5-ACK', 'SN');
    const forged = link.replace(/token=[^&]+/, `token=${'A'.repeat(43)}`);
    const otherCountry = link.replace('country=SN', 'country=FR');

    // Act
    const page = await open(forged);
    const json = await open(forged, { Accept: 'application/json' });
    const posted = await postJson('POST', splitLink(otherCountry).path, splitLink(otherCountry).token);
    const pressed = await press(forged);
    const malformed = await open(`${link}&extra=1`);

    // Assert
    expect([page.status, page.type.split(';')[0]]).toEqual([404, 'text/html']);
    expect(page.text).toContain('There is no circular with this link');
    expect([json.status, json.type.split(';')[0]]).toEqual([404, 'application/problem+json']);
    expect(posted.status).toBe(404);
    expect(pressed.status).toBe(404);
    expect(await linksAnswering400(pressed.text, splitLink(forged).path)).toEqual([]);
    expect([malformed.status, malformed.type.split(';')[0]]).toEqual([400, 'application/problem+json']);
    expect((await world.stores.circulars.getSend({ number: 'C5-ACK', edition: 1, country: 'SN' }))?.acknowledgedAt).toBeUndefined();
  });

  it('refuses an expired link (90 days after applications close) with a 403: a page saying when, or problem+json', async () => {
    // Arrange: the vacancy closed at the end of 20 March in Lyon.
    const link = await linkFor('C5-ACK', 'ES');
    clock.set('2027-06-19T23:00:00Z');

    // Act
    const page = await open(link);
    const json = await postJson('POST', splitLink(link).path, splitLink(link).token);

    // Assert
    expect(page.status).toBe(403);
    expect(page.text).toContain('<html lang="es" dir="ltr">');
    expect(page.text).toContain('caducó el 18 de junio de 2027');
    expect(json.status).toBe(403);
    expect(String(json.body.detail)).toContain('expired');
    expect((await world.stores.circulars.getSend({ number: 'C5-ACK', edition: 1, country: 'ES' }))?.acknowledgedAt).toBeUndefined();
  });
});

describe('the NCB acknowledges in its Vacancies tab', () => {
  it('acknowledges its own country’s circular from the grid, once, and the tab says when', async () => {
    // Arrange
    clock.set('2027-03-06T09:00:00Z');
    const senegal = ncb(ncbSenegal);

    // Act
    const before = await senegal('GET', '/admin/ncb-vacancies');
    const first = await senegal('POST', '/admin/vacancies/C5-ACK/circular/acknowledgement');
    clock.set('2027-03-06T10:00:00Z');
    const again = await senegal('POST', '/admin/vacancies/C5-ACK/circular/acknowledgement');
    const after = await senegal('GET', '/admin/ncb-vacancies');

    // Assert
    const row = (answer: typeof before) => (answer.body as { items: Array<{ number: string; circular?: unknown }> }).items.find((item) => item.number === 'C5-ACK');
    expect(row(before)?.circular).toEqual({ edition: 1, sentAt: expect.stringMatching(/^2027-03-02T08:/) });
    expect(first).toMatchObject({ status: 200, body: { number: 'C5-ACK', country: 'SN', outcome: 'acknowledged', acknowledgedAt: '2027-03-06T09:00:00.000Z' } });
    expect(again).toMatchObject({ status: 200, body: { outcome: 'already', acknowledgedAt: '2027-03-06T09:00:00.000Z' } });
    expect(row(after)?.circular).toMatchObject({ edition: 1, acknowledgedAt: '2027-03-06T09:00:00.000Z' });
    // Only Senegal's send: France's acknowledgement (the email's) is its own.
    expect((await world.stores.circulars.getSend({ number: 'C5-ACK', edition: 1, country: 'SN' }))?.acknowledgedAt).toBe('2027-03-06T09:00:00.000Z');
    expect((await world.stores.circulars.getSend({ number: 'C5-ACK', edition: 1, country: 'IT' }))?.acknowledgedAt).toBeUndefined();
  });

  it('answers 404 for a circular sent to another country only, and acknowledges nothing of it; HR may not use the route', async () => {
    // Arrange: vacancy C5-ONLYSN's circular went to Senegal alone (its record written as the job writes it).
    clock.set('2027-03-06T09:00:00Z');
    await world.stores.vacancies.put(testVacancy('C5-ONLYSN', '2027-03-01', '2027-03-20'));
    const { circulars } = world.stores;
    const [published] = (await circulars.get('C5-ACK'))?.editions ?? [];
    if (!published) throw new Error('C5-ACK has no edition.');
    await circulars.addEdition('C5-ONLYSN', { ...published, createdAt: '2027-03-02T08:00:00.000Z' }, 0);
    await circulars.claim({ number: 'C5-ONLYSN', edition: 1, country: 'SN', state: 'pending', address: addressOf('SN'), claimedAt: '2027-03-02T08:00:00.000Z', leaseUntil: '2027-03-02T08:15:00.000Z', ackTokenHash: 'x'.repeat(64), ackExpiresAt: '2027-06-18T22:00:00.000Z' });
    await circulars.markSent({ number: 'C5-ONLYSN', edition: 1, country: 'SN' }, new Date('2027-03-02T08:00:01Z'), 'only-sn-message');

    // Act
    const france = await ncb(ncbFrance)('POST', '/admin/vacancies/C5-ONLYSN/circular/acknowledgement');
    const hrCall = await hr('POST', '/admin/vacancies/C5-ONLYSN/circular/acknowledgement');

    // Assert
    expect(france.status).toBe(404);
    expect(hrCall.status).toBe(403);
    expect((await circulars.getSend({ number: 'C5-ONLYSN', edition: 1, country: 'SN' }))?.acknowledgedAt).toBeUndefined();
  });
});

describe('what HR sees', () => {
  /** A permanent bounce as SES publishes it to the feedback topic, naming the message it bounced. */
  const reportBounce = async (messageId: string, address: string, at: string) => {
    const response = await fetch(`${stack.url}/_local/ses-notifications`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        notificationType: 'Bounce',
        bounce: { bounceType: 'Permanent', bounceSubType: 'General', bouncedRecipients: [{ emailAddress: address, action: 'failed', status: '5.1.1' }], timestamp: at, feedbackId: `feedback-${messageId}` },
        mail: { source: 'hub@secondment-hub.local', destination: [address], messageId, timestamp: at },
      }),
    });
    return (await response.json()) as Record<string, number>;
  };

  it('counts a bounce on the send its SES message id names, and one recorded the old way (no message id matched) by its address', async () => {
    // Arrange: Bolivia's circular bounced (SES names its message); Chad's send is stored as sends were before bounces were
    // matched by message (no pointer from its message id), and its address bounced after it; Algeria's complained.
    clock.set('2027-03-07T10:00:00Z');
    const bolivia = await world.stores.circulars.getSend({ number: 'C5-ACK', edition: 1, country: 'BO' });
    const reported = await reportBounce(bolivia?.messageId ?? '', addressOf('BO'), '2027-03-02T09:00:00.000Z');
    const chad = await world.stores.circulars.getSend({ number: 'C5-ACK', edition: 1, country: 'TD' });
    if (!chad) throw new Error('Chad was sent no circular.');
    await world.oldShapeSend({ ...chad, messageId: 'old-message-td' });
    await world.stores.suppressions.suppress(addressOf('TD'), 'bounce', new Date('2027-03-02T09:30:00Z'));
    await world.stores.suppressions.suppress(addressOf('DZ'), 'complaint', new Date('2027-03-02T09:00:00Z'));
    // A bounce of a message no circular sent changes no count.
    const stranger = await reportBounce('not-a-circular', 'someone@example.org', '2027-03-02T09:00:00.000Z');

    // Act
    const answer = await hr('GET', '/admin/vacancies/C5-ACK/circular');

    // Assert
    expect(reported).toMatchObject({ suppressed: 1, circularBounces: 1 });
    expect(stranger).toMatchObject({ suppressed: 1, circularBounces: 0 });
    expect((await world.stores.circulars.getSend({ number: 'C5-ACK', edition: 1, country: 'BO' }))?.bouncedAt).toBe('2027-03-02T09:00:00.000Z');
    expect((await world.stores.circulars.getSend({ number: 'C5-ACK', edition: 1, country: 'TD' }))?.bouncesByMessage).toBeUndefined();
    // The message id's pointer goes with the table's TTL 30 days after the send, when no bounce will come any more.
    const pointer = await world.item(`CIRCULAR-MESSAGE#${bolivia?.messageId ?? ''}`, 'CIRCULAR-MESSAGE');
    expect(pointer?.expiresAt).toBe(Math.floor(Date.parse(bolivia?.sentAt ?? '') / 1000) + 30 * 24 * 60 * 60);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      number: 'C5-ACK',
      editions: 1,
      amendments: 0,
      contacts: 196,
      sent: 196,
      bounced: 2,
      bouncedCountries: ['BO', 'TD'],
      acknowledged: 4,
      pendingLatest: 0,
      latestCompletedAt: expect.any(String),
    });
  });

  it('answers HR 404 for a vacancy that does not exist, and refuses an NCB officer', async () => {
    clock.set('2027-03-05T10:00:00Z');

    const missing = await hr('GET', '/admin/vacancies/NOPE-1/circular');
    const refused = await ncb(ncbFrance)('GET', '/admin/vacancies/C5-ACK/circular');

    expect(missing.status).toBe(404);
    expect(refused.status).toBe(403);
  });
});
