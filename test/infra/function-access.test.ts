import type { CfnLogGroup } from 'aws-cdk-lib/aws-logs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConfig, variablesFor, type ConfigName } from '#functions/config.js';
import { routes, schedules, type Route, type Schedule } from '#functions/routes.js';
import { loadStage, stageNames } from '#infra/aws/stages.js';
import { settingVariables } from '#infra/aws/constructs/job-settings.js';
import { documentReaderRoute, feedbackFixture, signInPageRoute, staffRoute, submitRoute, uploadOfferRoute } from './fixtures.js';
import {
  actionsOf,
  asList,
  functionIn,
  routeFunctionLogicalId,
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
    return roleStatements(template, roleOfFunction(template, routeFunctionLogicalId(stack, route)));
  };

  beforeAll(() => {
    synthesized = synth('dev', { routes: allRoutes, schedules, emailFeedback: feedbackFixture });
  });

  it.each(allRoutes.map((r) => [r.name, r]))('gives %s exactly the variables variablesFor names, and source maps', (_name, route) => {
    const { stack, template } = synthesized;

    const fn = template.toJSON().Resources[routeFunctionLogicalId(stack, route)] as CfnResource;
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

  it.each(routes.filter((r) => r.uses.documents === 'read').map((r) => [r.name, r]))(
    'lets %s, which signs downloads, read received documents only (applications/), never an upload not yet checked or an export',
    (_name, route) => {
      const { template } = synthesized;
      const [bucketId] = Object.keys(template.findResources('AWS::S3::Bucket'));
      const objectReads = statementsOf(route).filter((s) => asList(s.Action).includes('s3:GetObject*'));

      expect(objectReads).toHaveLength(1);
      expect(JSON.stringify(objectReads[0]?.Resource)).toContain(JSON.stringify({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/applications/*']] }));
      expect(JSON.stringify(objectReads[0]?.Resource)).not.toMatch(/"\/\*"/);
    },
  );

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

  it.each(routes.filter((r) => r.uses.documents === 'reports').map((r) => [r.name, r]))(
    'lets %s, which reads selection reports, get objects and list only under selection-reports/, never a document, and write nothing there',
    (_name, route) => {
      const { template } = synthesized;
      const [bucketId] = Object.keys(template.findResources('AWS::S3::Bucket'));

      const s3 = statementsOf(route).filter((s) => asList(s.Action).some((a) => a.startsWith('s3:')));

      expect(s3.map((s) => [asList(s.Action), s.Resource, s.Condition])).toEqual([
        [['s3:GetObject'], { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/selection-reports/*']] }, undefined],
        // Listing lets S3 answer 404, not 403, for a report the retention purge removed.
        [['s3:ListBucket'], { 'Fn::GetAtt': [bucketId, 'Arn'] }, { StringLike: { 's3:prefix': 'selection-reports/*' } }],
      ]);
    },
  );

  it.each(routes.filter((r) => r.uses.documents === 'report-sign-off').map((r) => [r.name, r]))(
    'lets %s, which signs a selection report off, put and remove only under selection-reports/, and read no object',
    (_name, route) => {
      const { template } = synthesized;
      const [bucketId] = Object.keys(template.findResources('AWS::S3::Bucket'));

      const s3 = statementsOf(route).filter((s) => asList(s.Action).some((a) => a.startsWith('s3:')));

      expect(s3).toHaveLength(1);
      expect(asList(s3[0]?.Action).sort()).toEqual(['s3:DeleteObject', 's3:PutObject']);
      expect(s3[0]?.Resource).toEqual({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/selection-reports/*']] });
    },
  );

  it.each(allRoutes.map((r) => [r.name, r]))('gives %s the memory and timeout its route asks for, 512 MB and 10 s by default', (_name, route) => {
    const { stack, template } = synthesized;

    const fn = template.toJSON().Resources[routeFunctionLogicalId(stack, route)] as CfnResource;

    expect(fn.Properties?.MemorySize).toBe(route.limits?.memoryMb ?? 512);
    expect(fn.Properties?.Timeout).toBe(route.limits?.timeoutSeconds ?? 10);
  });

  it('keeps every route under API Gateway’s 29 s integration timeout, gives the spreadsheet routes a full vCPU, the submit time to confirm its receipt and the letters’ bulk routes time for a vacancy’s thousands', () => {
    // Under, not at: API Gateway's clock starts first, and the function's own 503 must reach the client before its 504.
    expect(routes.every((route) => (route.limits?.timeoutSeconds ?? 10) < 29)).toBe(true);
    expect(routes.filter((route) => route.limits).map((route) => [route.name, route.limits?.memoryMb, route.limits?.timeoutSeconds])).toEqual([
      ['submitApplication', 512, 25],
      ['exportApplications', 1769, 28],
      ['importApplications', 1769, 28],
      // The roster's export (issue 17, point 4) writes its file as the applications' does, on their function.
      ['exportSecondmentRoster', 1769, 28],
      ['sendLetters', 1024, 28],
      ['closeOutVacancy', 1024, 28],
      // A nomination's package zips a CV of up to 10 MiB with two PDFs in memory (issue 18, point 5).
      ['downloadNominationPackage', 1024, 28],
      // Up to 100 invitations at the stage's send rate, on the bulk letters' function (issue 18, point 7).
      ['inviteExperts', 1024, 28],
    ]);
  });

  it.each(allRoutes.map((r) => [r.name, r]))("lets %s write logs only to the stack's function log group", (_name, route) => {
    const { stack, template } = synthesized;
    const fn = template.toJSON().Resources[routeFunctionLogicalId(stack, route)] as CfnResource;
    const logGroupId = (fn.Properties?.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
    const role = template.toJSON().Resources[roleOfFunction(template, routeFunctionLogicalId(stack, route))] as CfnResource;

    const logs = statementsOf(route).filter((s) => asList(s.Action).some((a) => a.startsWith('logs:')));

    expect(role.Properties?.ManagedPolicyArns).toBeUndefined();
    expect(logs.flatMap((s) => asList(s.Resource))).toEqual([{ 'Fn::GetAtt': [logGroupId, 'Arn'] }]);
    expect(template.toJSON().Resources[logGroupId]).toMatchObject({
      Type: 'AWS::Logs::LogGroup',
      Properties: { RetentionInDays: stage.logRetentionDays },
    });
    // One group for every function (Lambda names each stream after its function), none of the API's or WAF's.
    expect(logGroupId).toBe(stack.getLogicalId(stack.node.findChild('FunctionLogs').node.defaultChild as CfnLogGroup));
  });
});

/** Every job of the schedule table, plus a fixture that uses every per-stage setting. */
const settingsFixture: Schedule = {
  name: 'retention-purge',
  cron: 'cron(0 3 * * ? *)',
  timeZone: 'stage',
  handler: 'vacancies/get-vacancy',
  uses: { table: 'write', documents: 'write', settings: ['reminders', 'hrDigest', 'retention', 'calendar', 'endings'] },
};
const allJobs: readonly Schedule[] = [...schedules.filter((job) => job.name !== settingsFixture.name), settingsFixture];

describe.each(stageNames)('what each %s job function is told', (stageName) => {
  let synthesized: Synthesized;
  const stage = loadStage(stageName, {});

  const variablesOf = (job: Schedule): Record<string, string> => {
    const { template, id } = functionIn(synthesized, `${job.name}-job`);
    const fn = template.toJSON().Resources[id] as CfnResource;
    return (fn.Properties?.Environment as { Variables: Record<string, string> }).Variables;
  };

  beforeAll(() => {
    synthesized = synth(stageName, { routes: [staffRoute], schedules: allJobs, emailFeedback: feedbackFixture });
  });

  it.each(allJobs.map((job) => [job.name, job]))('gives job %s exactly the variables variablesFor names', (_name, job) => {
    const variables = variablesOf(job);

    expect(Object.keys(variables).sort()).toEqual([...variablesFor(job.uses), 'NODE_OPTIONS'].sort());
  });

  it("hands a job the stage's settings as functions/config.ts reads them back", () => {
    const variables = variablesOf(settingsFixture);

    const read = readConfig(
      ['REMINDER_OFFSETS_DAYS', 'HR_DIGEST_RECIPIENTS', 'RETENTION_UNSUCCESSFUL_DAYS', 'RETENTION_APPOINTED_DAYS', 'RETENTION_SECONDMENT_DAYS', 'ORGANISATION_TIME_ZONE', 'ENDING_NOTICE_MONTHS'],
      variables,
    );

    expect(read).toEqual({
      REMINDER_OFFSETS_DAYS: [...stage.jobs.reminderOffsetsDays].sort((a, b) => b - a),
      HR_DIGEST_RECIPIENTS: stage.jobs.hrDigestRecipients,
      RETENTION_UNSUCCESSFUL_DAYS: stage.jobs.retention.unsuccessfulDays,
      RETENTION_APPOINTED_DAYS: stage.jobs.retention.appointedDays,
      RETENTION_SECONDMENT_DAYS: stage.jobs.retention.secondmentDays,
      ORGANISATION_TIME_ZONE: stage.timeZone,
      ENDING_NOTICE_MONTHS: [...stage.jobs.endingNoticeMonths].sort((a, b) => b - a),
    });
  });

  it('carries each setting in the variables config.ts names for it, and no others', () => {
    const carried = Object.entries(settingVariables(stage)).map(([setting, values]) => [setting, Object.keys(values).sort()]);

    const named = Object.keys(settingVariables(stage)).map((setting) => [
      setting,
      variablesFor({ settings: [setting as 'reminders'] })
        .filter((name: ConfigName) => !variablesFor({}).includes(name))
        .sort(),
    ]);

    expect(carried).toEqual(named);
  });

  it('gives job functions 5 minutes, as they are not behind API Gateway', () => {
    const timeouts = allJobs.map((job) => {
      const { template, id } = functionIn(synthesized, `${job.name}-job`);
      return (template.toJSON().Resources[id] as CfnResource).Properties?.Timeout;
    });

    expect(timeouts).toEqual(allJobs.map(() => 300));
  });
});
