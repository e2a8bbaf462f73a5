import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { malformedJson, payloadTooLarge, serviceUnavailable } from '#functions/http/http-problem.js';
import { problemErrors } from '#functions/http/middleware/problem-errors.js';
import { problemTypes } from '#functions/http/problem-types.js';
import { noMoreDocuments } from '#shared/applications/application-problems.js';
import { vacancyClosed } from '#shared/applications/vacancy-closed.js';
import { clearanceTooLow } from '#shared/admin/ncb-rules.js';
import { NominationLimitReached } from '#shared/admin/nomination-limit.js';
import { ConfirmationExpired, dayIn, DocumentRejected, Forbidden, NotFound, timeIn } from '#shared/errors.js';
import { en } from '#shared/i18n/catalogues/validation/en.js';
import { aminaApplication } from '../../support/candidates.js';
import { bodyOf, contextFor, proxyEvent, testRoute } from './event.js';
import { capturingLogger } from './log-capture.js';

const route = testRoute('POST', '/applications');

/** Runs a handler that throws `error` behind problemErrors, the request asking for `language`. */
const answerTo = async (error: Error, headers: Record<string, string> = {}) => {
  const log = capturingLogger();
  const handler = middy<APIGatewayProxyEvent, APIGatewayProxyResult>()
    .use(problemErrors(log.logger))
    .handler(async () => {
      throw error;
    });
  const event = proxyEvent({ route, url: '/applications', headers });
  const result = await handler(event, contextFor(event));
  return { status: result.statusCode, language: result.headers?.['Content-Language'], problem: bodyOf(result), log };
};

const closed = () => vacancyClosed({ number: '1152', deadline: '2026-12-01', timeZone: 'Europe/Paris' }, 'applications');

describe('domain problems in the request’s language (issue 14, point 1)', () => {
  it('says a closed vacancy in French: title, detail with the deadline in words and the duty station’s zone, Content-Language', async () => {
    const { status, language, problem } = await answerTo(closed(), { 'accept-language': 'fr-CH, fr;q=0.9' });

    expect(status).toBe(422);
    expect(language).toBe('fr');
    expect(problem).toMatchObject({
      type: '/problems/vacancy-closed',
      title: 'Le poste n’est plus ouvert aux candidatures',
      detail: 'Le poste 1152 ne reçoit plus de candidatures depuis la fin de la journée du 1 décembre 2026 (heure de Europe/Paris, UTC+01:00).',
    });
  });

  it('says it in Arabic and Spanish, never with an ISO date', async () => {
    const arabic = await answerTo(closed(), { 'accept-language': 'ar' });
    const spanish = await answerTo(closed(), { 'accept-language': 'es' });

    expect(arabic.language).toBe('ar');
    expect(arabic.problem.title).toBe('الوظيفة الشاغرة مغلقة');
    expect(arabic.problem.detail).toContain('ديسمبر');
    expect(spanish.problem.detail).toBe('La vacante 1152 dejó de admitir candidaturas al final del 1 de diciembre de 2026 (hora de Europe/Paris, UTC+01:00).');
    for (const { problem } of [arabic, spanish]) expect(problem.detail).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('keeps the English answer as it was (the table’s title, the error’s own message), and names English', async () => {
    const error = closed();

    const { language, problem } = await answerTo(error, { 'accept-language': 'en-GB' });

    expect(language).toBe('en');
    expect(problem).toMatchObject({ title: problemTypes['vacancy-closed'].title, detail: error.message });
    expect(error.message).toBe('Vacancy 1152 stopped taking applications at the end of 1 December 2026 (Europe/Paris time, UTC+01:00).');
  });

  it('writes an instant’s day and time in the zone named, in the reader’s language', async () => {
    const at = new Date('2026-11-23T09:30:00Z');
    const error = new ConfirmationExpired('This confirmation link expired at 2026-11-23T09:30:00Z.', {
      key: 'problem.confirmationExpired.link',
      values: { day: dayIn(at, 'Asia/Tokyo'), time: timeIn(at, 'Asia/Tokyo'), timeZone: 'Asia/Tokyo' },
    });

    const { status, problem } = await answerTo(error, { 'accept-language': 'fr' });

    expect(status).toBe(410);
    expect(problem.detail).toMatch(/^Ce lien de confirmation a expiré le 23 novembre 2026 à 18:30 \(Asia\/Tokyo\)/);
  });

  it('says a select on the application’s status, a country in the reader’s words and a message inside another', async () => {
    const final = await answerTo(noMoreDocuments('withdrawn'), { 'accept-language': 'es' });
    const country = await answerTo(new Forbidden('English.', { key: 'problem.forbidden.ncbCountry', values: { country: { country: 'SN' } } }), { 'accept-language': 'ar' });
    const rejected = await answerTo(
      new DocumentRejected('empty', 'The file is empty. It was deleted; upload the document again with a new offer.', {
        key: 'problem.documentRejected.deleted',
        values: { problem: { message: { key: 'problem.documentRejected.empty' } } },
      }),
      { 'accept-language': 'fr' },
    );

    expect(final.problem.detail).toBe('Una candidatura retirada ya no admite documentos.');
    expect(country.problem.detail).toContain('السنغال');
    expect(rejected.problem).toMatchObject({ reason: 'empty', detail: 'Le fichier est vide. Il a été supprimé ; téléversez de nouveau le document avec une nouvelle offre de téléversement.' });
  });

  it('tells an NCB officer the vacancy’s limit per country in French, its plural and the country in words', async () => {
    const counting = [aminaApplication({ id: 'app-1', givenName: 'Amina', familyName: 'Diallo' })];

    const { status, problem } = await answerTo(new NominationLimitReached('1701', 'SN', 1, counting), { 'accept-language': 'fr' });

    expect(status).toBe(409);
    expect(problem.detail).toBe(
      'Le poste 1701 admet au plus 1 candidature validée par pays membre, et le BCN de ce pays (Sénégal) en a validé 1 : Amina Diallo (app-1). Refusez d’abord l’une d’elles pour en valider une autre.',
    );
  });

  it('takes the body’s language over the header, as the validation problems do', async () => {
    const log = capturingLogger();
    const handler = middy<APIGatewayProxyEvent, APIGatewayProxyResult>()
      .use(problemErrors(log.logger))
      .handler(async (event) => {
        (event as APIGatewayProxyEvent & { parsedBody?: unknown }).parsedBody = { language: 'es' };
        throw clearanceTooLow('1152', 'Enhanced', 'Basic');
      });
    const event = proxyEvent({ route, url: '/applications', headers: { 'accept-language': 'fr' } });

    const result = await handler(event, contextFor(event));

    expect(result.headers?.['Content-Language']).toBe('es');
    expect(bodyOf(result).detail).toMatch(/^La vacante 1152 exige una investigación de seguridad de nivel Enhanced/);
  });

  it('answers an error without a translation (HR’s alone) in English whole, title too, and says English', async () => {
    const { language, problem } = await answerTo(new NotFound('There is no vacancy 9999.'), { 'accept-language': 'fr' });

    expect(language).toBe('en');
    expect(problem).toMatchObject({ title: 'Not found', detail: 'There is no vacancy 9999.' });
  });

  it('answers English, not a 500, when a translation’s values do not fit its message (a bug, logged)', async () => {
    const { status, language, problem, log } = await answerTo(new NotFound('There is no vacancy 1152.', { key: 'problem.notFound.vacancy' }), { 'accept-language': 'fr' });

    expect(status).toBe(404);
    expect(language).toBe('en');
    expect(problem.detail).toBe('There is no vacancy 1152.');
    expect(log.entries()).toEqual([expect.objectContaining({ level: 'error', message: 'problem message not said', key: 'problem.notFound.vacancy', language: 'fr' })]);
  });

  it('has a title message for every problem type, the catalogue’s English the table’s title', () => {
    for (const kind of Object.values(problemTypes)) expect(en[kind.titleKey].replace('’', "'")).toBe(kind.title);
  });

  it('says the transport problems and the 500 in the request’s language too, the parser’s own words left out', async () => {
    const unavailable = await answerTo(serviceUnavailable(), { 'accept-language': 'fr' });
    const tooLarge = await answerTo(payloadTooLarge(65_536), { 'accept-language': 'fr' });
    const notJson = await answerTo(malformedJson('Unexpected end of JSON input'), { 'accept-language': 'ar' });
    const internal = await answerTo(new Error('a bug with amina@example.org'), { 'accept-language': 'es' });

    expect([unavailable.status, tooLarge.status, notJson.status, internal.status]).toEqual([503, 413, 400, 500]);
    expect([unavailable, tooLarge, notJson, internal].map((answer) => answer.language)).toEqual(['fr', 'fr', 'ar', 'es']);
    expect(unavailable.problem.title).toBe('Service momentanément indisponible');
    expect(tooLarge.problem.detail).toBe('Le corps de la requête ne doit pas dépasser 65\u202f536 octets.');
    expect(notJson.problem).toMatchObject({ title: 'متن الطلب ليس بصيغة JSON صالحة', detail: 'تعذّرت قراءة متن الطلب بصيغة JSON.' });
    expect(internal.problem).toMatchObject({ title: 'Error interno', detail: 'Algo falló por nuestra parte. Ha quedado registrado; vuelva a intentarlo más tarde.' });
  });

  it('keeps their English as it was, and the 503’s Retry-After', async () => {
    const log = capturingLogger();
    const handler = middy<APIGatewayProxyEvent, APIGatewayProxyResult>()
      .use(problemErrors(log.logger))
      .handler(async () => {
        throw serviceUnavailable();
      });
    const event = proxyEvent({ route, url: '/applications', headers: { 'accept-language': 'fr' } });
    const english = await answerTo(malformedJson('Unexpected end of JSON input'));

    const result = await handler(event, contextFor(event));

    expect(result.headers).toMatchObject({ 'Retry-After': '2', 'Content-Language': 'fr' });
    expect(english.language).toBe('en');
    expect(english.problem).toMatchObject({ title: 'The body is not valid JSON', detail: 'Unexpected end of JSON input' });
  });
});
