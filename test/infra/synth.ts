import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { App, NestedStack, type CfnResource as CdkCfnResource, type Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import type { Route, Schedule } from '#functions/routes.js';
import type { FeedbackFunction } from '#infra/aws/constructs/email-feedback.js';
import { buildApp } from '#infra/aws/build-app.js';
import { CapabilityRoutes } from '#infra/aws/constructs/capability-routes.js';
import { ScheduledJobs } from '#infra/aws/constructs/scheduled-jobs.js';
import { projectRoot } from '#infra/aws/project-root.js';
import { routeFunctionOf } from '#infra/aws/route-functions.js';
import type { StageName, StageSettings } from '#infra/aws/stages.js';

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
  /** `-c profile=`: dev as the example sending unit, say. */
  profile?: string;
  /** Stage settings other than infra/aws/stages.ts's. */
  settings?: StageSettings;
}

/** One stack's template: the main stack, or the nested stack of one capability's routes. */
export interface StackTemplate {
  stack: Stack;
  template: Template;
  /** The capability whose routes a nested stack holds (`jobs` for the scheduled jobs' stack); undefined for the main stack. */
  capability?: string;
}

export interface Synthesized {
  app: App;
  /** The main stack. */
  stack: Stack;
  template: Template;
  /** Every stack's template, the main stack's first, then each nested stack's. */
  stacks: StackTemplate[];
  /** The nested stacks alone (`Template.fromStack` read them before the assembly was removed). */
  nested: StackTemplate[];
  /** The scheduled jobs' nested stack (infra/aws/constructs/scheduled-jobs.ts); absent with no schedule. */
  jobs?: StackTemplate;
}

/** How `StackTemplate.capability` names the scheduled jobs' nested stack. */
export const JOBS_STACK = 'jobs';

/** The scheduled jobs' stack of a synth that has schedules. */
export const jobsStackOf = (synthesized: Synthesized): StackTemplate => {
  if (!synthesized.jobs) throw new Error('this synth has no scheduled jobs');
  return synthesized.jobs;
};

/**
 * How the main stack reads a value a nested stack made (a job function's name, its queue's): the
 * `Fn::GetAtt` of the nested stack's output whose value is `value` there.
 */
export const fromNested = (synthesized: Synthesized, nested: StackTemplate, value: unknown): unknown => {
  const outputs = (nested.template.toJSON().Outputs ?? {}) as Record<string, { Value: unknown }>;
  const [name] = Object.entries(outputs).find(([, output]) => JSON.stringify(output.Value) === JSON.stringify(value)) ?? [];
  if (!name) throw new Error(`the nested stack has no output of ${JSON.stringify(value)}`);
  const resource = (nested.stack as NestedStack).nestedStackResource as CdkCfnResource;
  return { 'Fn::GetAtt': [synthesized.stack.getLogicalId(resource), `Outputs.${name}`] };
};

/** One stage's stack, environment-agnostic, as the CLI would synthesize it. */
export const synth = (stage: StageName, options: SynthOptions = {}): Synthesized => {
  const app = new App({
    context: {
      ...cdkJsonContext(),
      stage,
      ...(options.profile === undefined ? {} : { profile: options.profile }),
      ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }),
    },
  });
  const stack = buildApp(app, { routes: options.routes, schedules: options.schedules, emailFeedback: options.emailFeedback, env: {}, settings: options.settings });
  const template = Template.fromStack(stack);
  const nested = stack.node
    .findAll()
    .filter(NestedStack.isNestedStack)
    .map((child) => ({
      stack: child,
      template: Template.fromStack(child),
      ...(child instanceof CapabilityRoutes ? { capability: child.capability } : child instanceof ScheduledJobs ? { capability: JOBS_STACK } : {}),
    }));
  if (!options.bundle) rmSync(app.outdir, { recursive: true, force: true });
  const jobs = nested.find((one) => one.capability === JOBS_STACK);
  return { app, stack, template, stacks: [{ stack, template }, ...nested], nested, ...(jobs ? { jobs } : {}) };
};

/** How many resources each stack has, the main stack first: CloudFormation's limit (500) is per stack. */
export const resourceCounts = (synthesized: Synthesized): Array<{ capability?: string; resources: number }> =>
  synthesized.stacks.map(({ template, capability }) => ({ ...(capability ? { capability } : {}), resources: Object.keys(template.toJSON().Resources as object).length }));

/**
 * A nested stack's template with every parameter CDK passes it replaced by the main stack's value
 * (`{Ref: referenceto...}` becomes `{"Fn::GetAtt": [<function>, "Arn"]}`, say), so that a nested
 * route's method reads as the same method in the main stack would.
 */
export const inMainStackTerms = (synthesized: Synthesized, nested: StackTemplate): Record<string, CfnResource> => {
  const resource = (nested.stack as NestedStack).nestedStackResource as CdkCfnResource;
  const main = synthesized.template.toJSON().Resources as Record<string, CfnResource>;
  const parameters = (main[synthesized.stack.getLogicalId(resource)]?.Properties?.Parameters ?? {}) as Record<string, unknown>;
  const resolve = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(resolve);
    if (value === null || typeof value !== 'object') return value;
    const ref = (value as { Ref?: unknown }).Ref;
    if (typeof ref === 'string' && Object.keys(value).length === 1 && ref in parameters) return parameters[ref];
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, resolve(inner)]));
  };
  return resolve(nested.template.toJSON().Resources) as Record<string, CfnResource>;
};

/** The logical id of the Lambda function a route or job got (construct id = its name). */
export const functionLogicalId = (stack: Stack, name: string): string => {
  const fn = stack.node.findChild(name);
  return stack.getLogicalId(fn.node.defaultChild as CfnFunction);
};

/**
 * The stack that holds the function constructed as `name` (the main stack; the jobs' stack for a
 * `<job>-job`), its template, and the function's logical id there.
 */
export const functionIn = (synthesized: Synthesized, name: string): { stack: Stack; template: Template; id: string } => {
  const holder = synthesized.stacks.find(({ stack }) => stack.node.tryFindChild(name));
  if (!holder) throw new Error(`no function ${name} in any stack`);
  return { stack: holder.stack, template: holder.template, id: functionLogicalId(holder.stack, name) };
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
  /** The capability whose nested stack holds the method; undefined in the main stack. */
  capability?: string;
}

const methodsIn = (resources: Record<string, CfnResource>, capability?: string): ApiMethod[] => {
  const pathOf = (ref: unknown): string => {
    const id = (ref as { Ref?: string }).Ref;
    if (id === undefined) return ''; // the RestApi's root resource
    const resource = resources[id];
    if (!resource) throw new Error(`no resource ${id}`);
    return `${pathOf(resource.Properties?.ParentId)}/${String(resource.Properties?.PathPart)}`;
  };
  return Object.entries(resources)
    .filter(([, resource]) => resource.Type === 'AWS::ApiGateway::Method')
    .map(([logicalId, method]) => {
      const p = method.Properties ?? {};
      return {
        logicalId,
        httpMethod: String(p.HttpMethod),
        path: pathOf(p.ResourceId) || '/',
        authorizationType: String(p.AuthorizationType),
        authorizerId: p.AuthorizerId,
        integration: (p.Integration ?? {}) as ApiMethod['integration'],
        ...(capability ? { capability } : {}),
      };
    });
};

/**
 * API Gateway methods with their full resource paths, rebuilt from the Resource tree: of one
 * template, or of every stack of a synth (the nested stacks' methods in the main stack's terms,
 * `inMainStackTerms`, their paths through the main stack's resources they start from).
 */
export const apiMethods = (source: Template | Synthesized): ApiMethod[] => {
  if (source instanceof Template) return methodsIn(source.toJSON().Resources as Record<string, CfnResource>);
  const main = source.template.toJSON().Resources as Record<string, CfnResource>;
  return [
    ...methodsIn(main),
    ...source.nested.flatMap((nested) => {
      const own = inMainStackTerms(source, nested);
      return methodsIn({ ...main, ...own }, nested.capability).filter((method) => method.logicalId in own);
    }),
  ];
};
