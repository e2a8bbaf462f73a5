import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { App, type Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import type { Route, Schedule } from '#functions/routes.js';
import type { FeedbackFunction } from '#infra/aws/constructs/email-feedback.js';
import { buildApp } from '#infra/aws/build-app.js';
import { projectRoot } from '#infra/aws/project-root.js';
import { routeFunctionOf } from '#infra/aws/route-functions.js';
import type { StageName } from '#infra/aws/stages.js';

// The built-in CloudFormation validation takes ~4 s per synth; `cdk synth` still runs it (and fails on
// findings, see cdk.json), so these tests only check what we meant to build.
process.env.CDK_VALIDATION ??= 'false';

/** The feature flags the CLI passes from cdk.json, so tests synthesize what `cdk synth` does. */
const cdkJsonContext = (): Record<string, unknown> =>
  (JSON.parse(readFileSync(path.join(projectRoot, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> }).context;

export interface SynthOptions {
  routes?: readonly Route[];
  schedules?: readonly Schedule[];
  /** The SES feedback function; the real one by default. */
  emailFeedback?: FeedbackFunction;
  /** Run esbuild for real (and keep the assembly for the caller to read and remove); otherwise skip asset bundling. */
  bundle?: boolean;
}

export interface Synthesized {
  app: App;
  stack: Stack;
  template: Template;
}

/** One stage's stack, environment-agnostic, as the CLI would synthesize it. */
export const synth = (stage: StageName, options: SynthOptions = {}): Synthesized => {
  const app = new App({
    context: {
      ...cdkJsonContext(),
      stage,
      ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }),
    },
  });
  const stack = buildApp(app, { routes: options.routes, schedules: options.schedules, emailFeedback: options.emailFeedback, env: {} });
  const template = Template.fromStack(stack);
  if (!options.bundle) rmSync(app.outdir, { recursive: true, force: true });
  return { app, stack, template };
};

/** The logical id of the Lambda function a route or job got (construct id = its name). */
export const functionLogicalId = (stack: Stack, name: string): string => {
  const fn = stack.node.findChild(name);
  return stack.getLogicalId(fn.node.defaultChild as CfnFunction);
};

/** The logical id of the Lambda function that serves `route` (shared with the routes of the same grants). */
export const routeFunctionLogicalId = (stack: Stack, route: Route): string => functionLogicalId(stack, routeFunctionOf(route));

export type CfnResource = { Type: string; Properties?: Record<string, unknown>; DeletionPolicy?: string };

export const resourcesOf = (template: Template, type: string): Record<string, CfnResource> =>
  template.findResources(type) as Record<string, CfnResource>;

export interface PolicyStatementJson {
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource?: unknown;
  Principal?: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

export const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Every statement of every identity policy (AWS::IAM::Policy and inline role policies) attached to a role. */
export const roleStatements = (template: Template, roleLogicalId: string): PolicyStatementJson[] => {
  const attached = Object.values(resourcesOf(template, 'AWS::IAM::Policy'))
    .filter((policy) => JSON.stringify(policy.Properties?.Roles).includes(`"${roleLogicalId}"`))
    .flatMap((policy) => (policy.Properties?.PolicyDocument as { Statement: PolicyStatementJson[] }).Statement);
  const role = template.toJSON().Resources[roleLogicalId] as CfnResource;
  const inline = asList(role.Properties?.Policies as { PolicyDocument: { Statement: PolicyStatementJson[] } }[]).flatMap(
    (policy) => policy.PolicyDocument.Statement,
  );
  return [...attached, ...inline];
};

/** The logical id of the role a function runs as. */
export const roleOfFunction = (template: Template, functionId: string): string => {
  const fn = template.toJSON().Resources[functionId] as CfnResource;
  return ((fn.Properties?.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'])[0];
};

export const actionsOf = (statements: PolicyStatementJson[]): string[] => statements.flatMap((s) => asList(s.Action));

export interface ApiMethod {
  logicalId: string;
  httpMethod: string;
  path: string;
  authorizationType: string;
  authorizerId?: unknown;
  integration: { Type?: string; Uri?: unknown; Credentials?: unknown };
}

/** API Gateway methods with their full resource paths, rebuilt from the Resource tree. */
export const apiMethods = (template: Template): ApiMethod[] => {
  const resources = resourcesOf(template, 'AWS::ApiGateway::Resource');
  const pathOf = (ref: unknown): string => {
    const id = (ref as { Ref?: string }).Ref;
    if (id === undefined) return ''; // the RestApi's root resource
    const resource = resources[id];
    if (!resource) throw new Error(`no resource ${id}`);
    return `${pathOf(resource.Properties?.ParentId)}/${String(resource.Properties?.PathPart)}`;
  };
  return Object.entries(resourcesOf(template, 'AWS::ApiGateway::Method')).map(([logicalId, method]) => {
    const p = method.Properties ?? {};
    return {
      logicalId,
      httpMethod: String(p.HttpMethod),
      path: pathOf(p.ResourceId) || '/',
      authorizationType: String(p.AuthorizationType),
      authorizerId: p.AuthorizerId,
      integration: (p.Integration ?? {}) as ApiMethod['integration'],
    };
  });
};
