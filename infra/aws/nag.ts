import { Names, Stack, Validations, type App, type CfnResource } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';

/**
 * cdk-nag's AwsSolutions rules as a synth-time validation plugin (cdk-nag 3 is a policy
 * validation plugin, not an aspect): an unacknowledged finding fails `cdk synth`. The pack walks
 * the whole construct tree from the app, so the nested stacks of the capabilities' routes are
 * checked too (test/infra/cdk-nag.test.ts); CDK's own CloudFormation rules read the main
 * stack's template only.
 */
export const applyNagChecks = (app: App): void => {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
};

/** The pack itself, for tests that read its report directly. */
export const nagPack = (): AwsSolutionsChecks => new AwsSolutionsChecks(undefined, { verbose: true });

export interface NagAcknowledgment {
  /** The rule, or `Rule[finding]` for rules (IAM4, IAM5) that report one finding per wildcard. */
  id: string;
  reason: string;
}

/** Acknowledges findings on a construct and everything under it; each reason says why it is deliberate. */
export const acknowledgeNag = (scope: IConstruct, ...rules: NagAcknowledgment[]): void => {
  Validations.of(scope).acknowledge(...rules);
};

/**
 * IAM5's finding id for a wildcard resource under another resource's ARN, e.g.
 * `AwsSolutions-IAM5[Resource::<DataTableFDBAD0F2.Arn>/index/*]`: cdk-nag names the ARN by
 * logical id, so the id is built from the resource rather than written out. A grant made in a
 * nested stack (`from`: the jobs') reads the ARN as the parameter CDK passes it,
 * `<referenceto<the resource's unique id>Arn>`.
 */
export const wildcardResourceFinding = (resource: CfnResource, suffix: string, from: IConstruct = resource): string =>
  Stack.of(from) === Stack.of(resource)
    ? `AwsSolutions-IAM5[Resource::<${Stack.of(resource).getLogicalId(resource)}.Arn>${suffix}]`
    : `AwsSolutions-IAM5[Resource::<referenceto${Names.uniqueId(resource)}Arn>${suffix}]`;

/** IAM5's finding id for a wildcard action, e.g. `AwsSolutions-IAM5[Action::s3:GetObject*]`. */
export const wildcardActionFinding = (action: string): string => `AwsSolutions-IAM5[Action::${action}]`;
