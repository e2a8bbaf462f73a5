import { beforeAll, describe, expect, it } from 'vitest';
import { variablesFor } from '#functions/config.js';
import { routes, type Route } from '#functions/routes.js';
import { loadStage } from '#infra/aws/stages.js';
import { documentReaderRoute, signInPageRoute, staffRoute, submitRoute, uploadOfferRoute } from './fixtures.js';
import {
  actionsOf,
  asList,
  functionLogicalId,
  roleOfFunction,
  roleStatements,
  synth,
  type CfnResource,
  type PolicyStatementJson,
  type Synthesized,
} from './synth.js';

const allRoutes: readonly Route[] = [...routes, staffRoute, submitRoute, documentReaderRoute, signInPageRoute, uploadOfferRoute];
const tableWrites = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];

describe('what each dev function may touch', () => {
  let synthesized: Synthesized;
  const stage = loadStage('dev', {});

  const statementsOf = (route: Route): PolicyStatementJson[] => {
    const { stack, template } = synthesized;
    return roleStatements(template, roleOfFunction(template, functionLogicalId(stack, route.name)));
  };

  beforeAll(() => {
    synthesized = synth('dev', { routes: allRoutes });
  });

  it.each(allRoutes.map((r) => [r.name, r]))('gives %s exactly the variables variablesFor names, and source maps', (_name, route) => {
    const { stack, template } = synthesized;

    const fn = template.toJSON().Resources[functionLogicalId(stack, route.name)] as CfnResource;
    const variables = (fn.Properties?.Environment as { Variables: Record<string, unknown> }).Variables;

    expect(Object.keys(variables).sort()).toEqual([...variablesFor(route.uses), 'NODE_OPTIONS'].sort());
    expect(variables.NODE_OPTIONS).toBe('--enable-source-maps');
    expect(variables).toMatchObject({ STAGE: 'dev', LOG_LEVEL: stage.logLevel });
  });

  it.each(routes.filter((r) => r.uses.table === 'read' && !r.uses.documents && !r.uses.email).map((r) => [r.name, r]))(
    'lets read route %s only read the table, and touch neither S3 nor SES',
    (_name, route) => {
      const actions = actionsOf(statementsOf(route));

      const onTable = actions.filter((a) => a.startsWith('dynamodb:'));

      expect(onTable.length).toBeGreaterThan(0);
      for (const write of [...tableWrites, 'dynamodb:TransactWriteItems', 'dynamodb:PartiQLInsert', 'dynamodb:Scan']) {
        expect(onTable).not.toContain(write);
      }
      expect(actions.filter((a) => !a.startsWith('dynamodb:') && !a.startsWith('logs:'))).toEqual([]);
    },
  );

  it('lets a writing route write the table and the bucket, and send email only as the stage sender', () => {
    const statements = statementsOf(submitRoute);
    const ses = statements.filter((s) => asList(s.Action).some((a) => a.startsWith('ses:')));

    const actions = actionsOf(statements);

    expect(actions).toEqual(expect.arrayContaining([...tableWrites, 's3:PutObject', 's3:GetObject*']));
    expect(actions).not.toContain('dynamodb:Scan');
    expect(ses).toHaveLength(1);
    expect(ses[0]?.Action).toBe('ses:SendRawEmail');
    expect(JSON.stringify(ses[0]?.Resource)).toContain(`:identity/${stage.email.identity}`);
    expect(ses[0]?.Condition).toEqual({ StringEquals: { 'ses:FromAddress': stage.email.from } });
  });

  it('lets a document-reading route read the bucket without writing it or touching the table', () => {
    const actions = actionsOf(statementsOf(documentReaderRoute));

    expect(actions).toEqual(expect.arrayContaining(['s3:GetObject*']));
    expect(actions.filter((a) => a.startsWith('s3:Put') || a.startsWith('s3:Delete') || a.startsWith('dynamodb:'))).toEqual([]);
  });

  it('lets a route that only offers uploads put objects under uploads/ and do nothing else with the bucket', () => {
    const { template } = synthesized;
    const [bucketId] = Object.keys(template.findResources('AWS::S3::Bucket'));

    const s3 = statementsOf(uploadOfferRoute).filter((s) => asList(s.Action).some((a) => a.startsWith('s3:')));

    expect(s3).toHaveLength(1);
    expect(s3[0]?.Action).toBe('s3:PutObject');
    expect(s3[0]?.Resource).toEqual({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/uploads/*']] });
  });

  it.each(routes.filter((r) => r.uses.documents === 'offers').map((r) => [r.name, r]))(
    'lets %s, which signs upload POSTs, neither read nor delete a document',
    (_name, route) => {
      const actions = actionsOf(statementsOf(route)).filter((a) => a.startsWith('s3:'));

      expect(actions).toEqual(['s3:PutObject']);
    },
  );

  it.each(routes.filter((r) => r.uses.documents === 'exports').map((r) => [r.name, r]))(
    'lets %s, which writes exports, put, link and abort only under exports/, never a document',
    (_name, route) => {
      const { template } = synthesized;
      const [bucketId] = Object.keys(template.findResources('AWS::S3::Bucket'));

      const s3 = statementsOf(route).filter((s) => asList(s.Action).some((a) => a.startsWith('s3:')));

      expect(s3).toHaveLength(1);
      expect(asList(s3[0]?.Action).sort()).toEqual(['s3:AbortMultipartUpload', 's3:GetObject', 's3:PutObject']);
      expect(s3[0]?.Resource).toEqual({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/exports/*']] });
    },
  );

  it.each(allRoutes.map((r) => [r.name, r]))('gives %s the memory and timeout its route asks for, 512 MB and 10 s by default', (_name, route) => {
    const { stack, template } = synthesized;

    const fn = template.toJSON().Resources[functionLogicalId(stack, route.name)] as CfnResource;

    expect(fn.Properties?.MemorySize).toBe(route.limits?.memoryMb ?? 512);
    expect(fn.Properties?.Timeout).toBe(route.limits?.timeoutSeconds ?? 10);
  });

  it('keeps every route within API Gateway’s 29 s integration timeout, and gives the spreadsheet routes a full vCPU', () => {
    expect(routes.every((route) => (route.limits?.timeoutSeconds ?? 10) <= 29)).toBe(true);
    expect(routes.filter((route) => route.limits).map((route) => [route.name, route.limits?.memoryMb])).toEqual([
      ['exportApplications', 1769],
      ['importApplications', 1769],
    ]);
  });

  it.each(allRoutes.map((r) => [r.name, r]))('lets %s write logs only to its own log group', (_name, route) => {
    const { stack, template } = synthesized;
    const fn = template.toJSON().Resources[functionLogicalId(stack, route.name)] as CfnResource;
    const logGroupId = (fn.Properties?.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
    const role = template.toJSON().Resources[roleOfFunction(template, functionLogicalId(stack, route.name))] as CfnResource;

    const logs = statementsOf(route).filter((s) => asList(s.Action).some((a) => a.startsWith('logs:')));

    expect(role.Properties?.ManagedPolicyArns).toBeUndefined();
    expect(logs.flatMap((s) => asList(s.Resource))).toEqual([{ 'Fn::GetAtt': [logGroupId, 'Arn'] }]);
    expect(template.toJSON().Resources[logGroupId]).toMatchObject({
      Type: 'AWS::Logs::LogGroup',
      Properties: { RetentionInDays: stage.logRetentionDays },
    });
  });
});
