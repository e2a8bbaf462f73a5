import { describe, expect, it } from 'vitest';
import { routes } from '#functions/routes.js';
import { digestSchedule, documentReaderRoute, reminderSchedule, staffRoute, submitRoute } from './fixtures.js';
import { synth } from './synth.js';

describe('CloudFormation validation', () => {
  it(
    "passes CloudFormation's default rules with a staff route, a writing route and schedules",
    () => {
      // The other suites skip this ~3 s check; cdk.json makes its findings errors, so synth throws on any.
      process.env.CDK_VALIDATION = 'true';

      const act = () =>
        synth('prod', {
          routes: [...routes, staffRoute, submitRoute, documentReaderRoute],
          schedules: [digestSchedule, reminderSchedule],
        });

      expect(act).not.toThrow();
    },
    60_000,
  );
});
