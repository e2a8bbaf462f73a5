import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { problemErrors } from '#functions/http/middleware/problem-errors.js';
import { problemText } from '#functions/http/problem-message.js';
import { refusals, type DeploymentRulesBroken } from '#shared/deployment/refusals.js';
import { SecondmentRulesBroken } from '#shared/errors.js';
import { validationTranslatorFor } from '#shared/i18n/catalogues/validation/index.js';
import { languages } from '#shared/i18n/languages.js';
import { bodyOf, contextFor, proxyEvent, testRoute } from '../http/event.js';
import { capturingLogger } from '../http/log-capture.js';

/**
 * A deployment's field refusals (shared/deployment/refusals.ts, a 422 each): every one keyed, so
 * the staff page says it in its language beside its field, and the problem's detail is said in the
 * request's language; English stays the rule's own words.
 */
const every: Array<[string, DeploymentRulesBroken, string]> = [
  ['a day to come', refusals.dayInFuture('body.on', '2027-03-10', 'Europe/Belgrade'), 'body.on'],
  ['a rotation day not after the deployment day', refusals.rotationNotAfterDeployment('2027-04-01'), 'body.rotationDay'],
  ['a deployment day before the mission’s answer', refusals.deploymentBeforeAnswer('2027-02-15'), 'body.deploymentDay'],
  ['an expiry not after the day done', refusals.expiryNotAfterDone('2027-03-01'), 'body.expiresOn'],
  ['an extension not past the rotation day', refusals.extensionNotPastRotation('2028-03-31'), 'body.until'],
  ['a return before the deployment day', refusals.returnBeforeDeployment('2027-04-01'), 'body.on'],
  ['an early return without its reason', refusals.earlyReturnWithoutReason(), 'body.reason'],
  ['a debrief before the return', refusals.debriefBeforeReturn('2027-09-01'), 'body.on'],
  ['a serving officer not released', refusals.notReleased(), 'body.deploymentDay'],
  ['a tour outside the release', refusals.outsideRelease('body.rotationDay', '2027-02-01', '2028-01-31'), 'body.rotationDay'],
];

const answerTo = async (error: Error, language: string) => {
  const log = capturingLogger();
  const handler = middy<APIGatewayProxyEvent, APIGatewayProxyResult>()
    .use(problemErrors(log.logger))
    .handler(async () => {
      throw error;
    });
  const event = proxyEvent({ route: testRoute('PUT', '/admin/deployments/{id}/checklist/{item}'), url: '/admin/deployments/x/checklist/medical', headers: { 'accept-language': language } });
  const result = await handler(event, contextFor(event));
  return { status: result.statusCode, language: result.headers?.['Content-Language'], problem: bodyOf(result) };
};

describe('a deployment’s field refusals', () => {
  it.each(every)('keys %s on its field, as a 422 of the secondment rules', (_name, error, path) => {
    expect(error).toBeInstanceOf(SecondmentRulesBroken);
    expect(error.errors).toEqual([{ path, message: error.message, key: error.translation.key, values: expect.any(Object) }]);
    expect(error.translation.key).toMatch(/^problem\.secondmentRules\.deployment/);
  });

  it.each(every)('says %s in all four languages with every value, days in words', (_name, error) => {
    const said = languages.map((language) => problemText(validationTranslatorFor(language), error.translation));
    expect(new Set(said).size).toBe(4);
    for (const text of said) {
      expect(text).not.toMatch(/\{|\}|undefined|NaN/);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });

  it('says the English as the rule words it, the days in words', () => {
    expect(problemText(validationTranslatorFor('en'), refusals.dayInFuture('body.on', '2027-03-10', 'Europe/Belgrade').translation)).toBe(
      'The day is in the future in the duty station (today is 10 March 2027 in Europe/Belgrade).',
    );
    expect(refusals.dayInFuture('body.on', '2027-03-10', 'Europe/Belgrade').message).toBe('The day is in the future in the duty station (today is 2027-03-10 in Europe/Belgrade).');
  });

  it('answers an Arabic request in Arabic, the field’s entry carrying its key and values for the page', async () => {
    const { status, language, problem } = await answerTo(refusals.dayInFuture('body.on', '2027-03-10', 'Europe/Belgrade'), 'ar');

    expect(status).toBe(422);
    expect(language).toBe('ar');
    expect(problem.title).toBe('قواعد الإعارة غير مستوفاة');
    expect(problem.detail).toMatch(/^هذا التاريخ لم يحن بعد في مقر العمل/);
    expect(problem.detail).toContain('Europe/Belgrade');
    expect(problem.errors).toEqual([
      {
        path: 'body.on',
        message: 'The day is in the future in the duty station (today is 2027-03-10 in Europe/Belgrade).',
        key: 'problem.secondmentRules.deploymentDayInFuture',
        values: { today: '2027-03-10', timeZone: 'Europe/Belgrade' },
      },
    ]);
  });

  it('keeps an English request’s answer in the rule’s words', async () => {
    const { language, problem } = await answerTo(refusals.earlyReturnWithoutReason(), 'en');

    expect(language).toBe('en');
    expect(problem).toMatchObject({ status: 422, title: 'The secondment rules are broken', detail: 'An early return is recorded with its reason.' });
  });
});
