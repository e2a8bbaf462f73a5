import { describe, expect, it } from 'vitest';
import { problemText } from '#functions/http/problem-message.js';
import { calendarDate, type ProblemMessage } from '#shared/errors.js';
import { validationTranslatorFor } from '#shared/i18n/catalogues/validation/index.js';
import { languages } from '#shared/i18n/languages.js';

/**
 * The deployment rules' refusals (shared/deployment/start.ts, steps.ts, view.ts), as a force's
 * approver or HR reads them in each language: the English as the rule words it, the others in
 * their own words with every value given.
 */
const others = languages.filter((language) => language !== 'en');

const problems: Array<[ProblemMessage, string]> = [
  [{ key: 'problem.notFound.deployment' }, 'There is no deployment with this id.'],
  [{ key: 'problem.notFound.deploymentExtension' }, 'This deployment has no such extension request.'],
  [{ key: 'problem.conflict.notSelected' }, 'Only an officer the mission selected (and who has not withdrawn) can be deployed.'],
  [
    { key: 'problem.conflict.deploymentExists', values: { deploymentDay: calendarDate('2027-02-01'), rotationDay: calendarDate('2028-01-31') } },
    'This application already has its deployment, from 1 February 2027 to 31 January 2028.',
  ],
  [{ key: 'problem.conflict.deploymentChanged', values: { version: 4 } }, 'This deployment was changed by someone else (it is now at version 4); look at its new values and try again.'],
  [
    { key: 'problem.conflict.deploymentUnderWay', values: { deploymentDay: calendarDate('2027-02-01') } },
    'The deployment began on 1 February 2027: its days no longer change here; the rotation day moves through an extension.',
  ],
  [{ key: 'problem.conflict.deploymentExtensionUnderWay', values: { until: calendarDate('2028-07-31') } }, 'An extension to 31 July 2028 is already waiting for its decision.'],
  [{ key: 'problem.conflict.deploymentReturned', values: { on: calendarDate('2027-09-01') } }, 'The officer returned on 1 September 2027: the deployment takes no more extensions.'],
  [{ key: 'problem.conflict.extensionDecided', values: { state: 'refused' } }, 'This extension was already refused.'],
  [{ key: 'problem.conflict.notReturned' }, 'Record the officer’s return before the debrief.'],
  [{ key: 'problem.conflict.debriefHeld' }, 'The debrief is held: the return no longer changes.'],
  [{ key: 'problem.conflict.deploymentDaysExtended', values: { state: 'requested' } }, 'This deployment has an extension waiting for its decision: its days no longer change here.'],
  [{ key: 'problem.conflict.deploymentDaysExtended', values: { state: 'approved' } }, 'This deployment has an extension approved: its days no longer change here.'],
  [
    { key: 'problem.conflict.extensionNotPastRotation', values: { until: calendarDate('2028-07-31'), rotationDay: calendarDate('2028-08-31') } },
    'The extension to 31 July 2028 no longer runs past the rotation day (31 August 2028): refuse it, or ask another.',
  ],
  [{ key: 'problem.conflict.returnWhileExtensionWaits', values: { until: calendarDate('2028-07-31') } }, 'An extension to 31 July 2028 is waiting for its decision: have it decided before recording the return.'],
  [{ key: 'problem.forbidden.extensionDecider', values: { decider: 'force' } }, 'A serving officer’s extension is decided by their force’s approver.'],
  [{ key: 'problem.forbidden.extensionDecider', values: { decider: 'hr' } }, 'This extension is decided by HR.'],
];

describe('the deployment rules’ problems, in four languages', () => {
  it.each(problems)('says %j in English as the rule words it', (message, english) => {
    expect(problemText(validationTranslatorFor('en'), message)).toBe(english);
  });

  it.each(problems)('says %j in French, Spanish and Arabic, with every value given', (message, english) => {
    for (const language of others) {
      const said = problemText(validationTranslatorFor(language), message);
      expect(said, language).not.toBe(english);
      expect(said, language).not.toMatch(/\{|\}|undefined|NaN/);
    }
  });

  it('says the two deciders apart in every language', () => {
    for (const language of languages) {
      const t = validationTranslatorFor(language);
      expect(problemText(t, { key: 'problem.forbidden.extensionDecider', values: { decider: 'force' } }), language).not.toBe(
        problemText(t, { key: 'problem.forbidden.extensionDecider', values: { decider: 'hr' } }),
      );
    }
  });
});
