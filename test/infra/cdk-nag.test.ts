import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App, NestedStack, Stack, type PolicyViolation } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyNagChecks, nagPack } from '#infra/aws/nag.js';
import type { StageName } from '#infra/aws/stages.js';
import { routes } from '#functions/routes.js';
import { nestedPublicRoute, nestedStaffRoute } from './fixtures.js';
import { synth, type Synthesized } from './synth.js';

// cdk-nag 3 is a policy-validation plugin: findings go to its report, not to annotations, so the
// tests run the same pack app.ts registers over the stack and read the report.
const findingsOf = (synthesized: Synthesized, severity: 'error' | 'warning'): string[] =>
  nagPack()
    .validateScope(synthesized.stack)
    .violations.filter((violation: PolicyViolation) => violation.severity === severity)
    .flatMap((violation) => violation.violatingResources.map((resource) => `${violation.ruleName} at ${resource.constructPath ?? '?'}`));

// The receiving stages, and dev as the example sending unit (`-c profile=sending`, issue 18).
describe.each<[string, StageName, string | undefined]>([
  ['dev', 'dev', undefined],
  ['prod', 'prod', undefined],
  ['sending dev', 'dev', 'sending'],
])('cdk-nag AwsSolutions checks on the %s stack', (_label, stage, profile) => {
  let synthesized: Synthesized;
  beforeAll(() => {
    // With routes in a nested stack of their own, whose methods the pack checks too.
    synthesized = synth(stage, { routes: [...routes, nestedStaffRoute, nestedPublicRoute], profile });
  });

  it('has nested stacks for the pack to walk into', () => {
    expect(synthesized.nested.map((nested) => nested.capability)).toContain('nested-fixture');
  });

  it('leaves no AwsSolutions error unacknowledged', () => {
    const errors = findingsOf(synthesized, 'error');

    expect(errors).toEqual([]);
  });

  it('leaves no AwsSolutions warning unacknowledged, since any finding fails cdk synth', () => {
    const warnings = findingsOf(synthesized, 'warning');

    // Listed in the output too, so a reviewer sees them without reading the assertion diff.
    for (const warning of warnings) console.warn(`[${stage}] ${warning}`);
    expect(warnings).toEqual([]);
  });
});

describe('the cdk-nag pack the tests run', () => {
  it('reports an unacknowledged finding as an error, so the checks above are not vacuous', () => {
    const stack = new Stack(new App(), 'Probe');
    new Queue(stack, 'PlainQueue');

    const errors = nagPack().validateScope(stack).violations.filter((v) => v.severity === 'error').map((v) => v.ruleName);

    expect(errors).toEqual(expect.arrayContaining(['AwsSolutions-SQS3', 'AwsSolutions-SQS4']));
  });

  it('walks into nested stacks: a finding there is reported', () => {
    const stack = new Stack(new App(), 'Probe');
    new Queue(new NestedStack(stack, 'Nested'), 'PlainQueue');

    const violations = nagPack().validateScope(stack).violations.filter((v) => v.severity === 'error');

    expect(violations.flatMap((v) => v.violatingResources.map((r) => r.constructPath))).toContain('Probe/Nested/PlainQueue/Resource');
  });

  it('fails synth of an app built as app.ts builds it when a finding is not acknowledged', () => {
    const outdir = mkdtempSync(path.join(tmpdir(), 'nag-'));
    const app = new App({ outdir });
    applyNagChecks(app);
    new Queue(new Stack(app, 'Probe'), 'PlainQueue');

    const act = () => app.synth();

    try {
      expect(act).toThrow(/AwsSolutions-SQS3/);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});
