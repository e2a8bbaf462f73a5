import { beforeAll, describe, expect, it } from 'vitest';
import { variablesFor } from '#functions/config.js';
import { routes, schedules, type Uses } from '#functions/routes.js';
import { routeFunctionOf } from '#infra/aws/route-functions.js';
import { sesFeedbackFunction } from '#infra/aws/secondment-hub-stack.js';
import { loadStage, type StageName } from '#infra/aws/stages.js';
import { feedbackFixture, submitRoute } from './fixtures.js';
import {
  actionsOf,
  asList,
  functionIn,
  functionLogicalId,
  resourcesOf,
  roleOfFunction,
  roleStatements,
  synth,
  type CfnResource,
  type PolicyStatementJson,
  type Synthesized,
} from './synth.js';

const FEEDBACK_FUNCTION = 'EmailFeedbackFunction';

/** Every function of the stack by its construct id, with what it uses (a route by the function that serves it). */
const functionsUsing = (): Array<[string, Uses]> => [
  ...new Map([...routes, submitRoute].map((route): [string, Uses] => [routeFunctionOf(route), route.uses])),
  ...schedules.map((schedule): [string, Uses] => [`${schedule.name}-job`, schedule.uses]),
];

describe.each<StageName>(['dev', 'prod'])('SES feedback in %s', (stageName) => {
  const stage = loadStage(stageName, {});
  let synthesized: Synthesized;

  const only = (type: string): [string, CfnResource] => {
    // The feedback's own resources: the alarms have a topic of their own.
    const found = Object.entries(resourcesOf(synthesized.template, type)).filter(([id]) => id.startsWith('EmailFeedback'));
    expect(found).toHaveLength(1);
    return found[0] as [string, CfnResource];
  };
  const environmentOf = (name: string): Record<string, unknown> => {
    const { template, id } = functionIn(synthesized, name);
    const fn = template.toJSON().Resources[id] as CfnResource;
    return (fn.Properties?.Environment as { Variables: Record<string, unknown> }).Variables;
  };
  const statementsOf = (name: string): PolicyStatementJson[] => {
    const { template, id } = functionIn(synthesized, name);
    return roleStatements(template, roleOfFunction(template, id));
  };

  beforeAll(() => {
    synthesized = synth(stageName, { routes: [...routes, submitRoute], schedules, emailFeedback: feedbackFixture });
  });

  it("makes the stage's configuration set and sends its bounces and complaints, nothing else, to one topic", () => {
    const [setId, configurationSet] = only('AWS::SES::ConfigurationSet');
    const [topicId] = only('AWS::SNS::Topic');
    const [, destination] = only('AWS::SES::ConfigurationSetEventDestination');

    expect(configurationSet.Properties).toMatchObject({ Name: stage.email.configurationSet });
    expect(destination.Properties).toMatchObject({
      ConfigurationSetName: { Ref: setId },
      EventDestination: { Enabled: true, SnsDestination: { TopicARN: { Ref: topicId } } },
    });
    expect((destination.Properties?.EventDestination as { MatchingEventTypes: string[] }).MatchingEventTypes.sort()).toEqual([
      'bounce',
      'complaint',
    ]);
  });

  it('lets only SES publish to the topic, for this account and configuration set, and only over TLS', () => {
    const [, policy] = only('AWS::SNS::TopicPolicy');
    const [setId] = only('AWS::SES::ConfigurationSet');
    const statements = (policy.Properties?.PolicyDocument as { Statement: PolicyStatementJson[] }).Statement;

    const allows = statements.filter((s) => s.Effect === 'Allow');
    const denies = statements.filter((s) => s.Effect === 'Deny');

    expect(allows).toHaveLength(1);
    expect(allows[0]).toMatchObject({ Action: 'sns:Publish', Principal: { Service: 'ses.amazonaws.com' } });
    // The ARN's head is a literal in a stage pinned to its account and region, a join of pseudo parameters elsewhere.
    expect(JSON.stringify(allows[0]?.Condition)).toContain(`:configuration-set/",{"Ref":"${setId}"}`);
    expect(Object.keys(allows[0]?.Condition?.StringEquals ?? {}).sort()).toEqual(['AWS:SourceAccount', 'AWS:SourceArn']);
    expect(denies.map((s) => JSON.stringify(s.Condition))).toEqual([JSON.stringify({ Bool: { 'aws:SecureTransport': 'false' } })]);
  });

  it('invokes the feedback function from the topic, and from nothing else', () => {
    const { stack, template } = synthesized;
    const [topicId] = only('AWS::SNS::Topic');
    const functionId = functionLogicalId(stack, FEEDBACK_FUNCTION);
    const permissions = Object.values(resourcesOf(template, 'AWS::Lambda::Permission')).filter((p) =>
      JSON.stringify(p.Properties?.FunctionName).includes(`"${functionId}"`),
    );

    const [, subscription] = only('AWS::SNS::Subscription');

    expect(subscription.Properties).toMatchObject({ Protocol: 'lambda', TopicArn: { Ref: topicId }, Endpoint: { 'Fn::GetAtt': [functionId, 'Arn'] } });
    expect(permissions.map((p) => p.Properties)).toEqual([
      expect.objectContaining({ Action: 'lambda:InvokeFunction', Principal: 'sns.amazonaws.com', SourceArn: { Ref: topicId } }),
    ]);
  });

  it('gives the feedback function the table and nothing else: no email, no documents', () => {
    const actions = actionsOf(statementsOf(FEEDBACK_FUNCTION));

    expect(Object.keys(environmentOf(FEEDBACK_FUNCTION)).sort()).toEqual([...variablesFor(feedbackFixture.uses), 'NODE_OPTIONS'].sort());
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:GetItem']));
    expect(actions.filter((a) => a.startsWith('ses:') || a.startsWith('s3:') || a === 'dynamodb:Scan')).toEqual([]);
  });

  it('keeps a notification the function failed on, after two retries, in an encrypted TLS-only queue', () => {
    const { stack, template } = synthesized;
    const functionId = functionLogicalId(stack, FEEDBACK_FUNCTION);

    const invokeConfig = Object.values(resourcesOf(template, 'AWS::Lambda::EventInvokeConfig')).find(
      (config) => JSON.stringify(config.Properties?.FunctionName) === JSON.stringify({ Ref: functionId }),
    ) as CfnResource;
    const queueId = (invokeConfig.Properties?.DestinationConfig as { OnFailure: { Destination: { 'Fn::GetAtt': [string, string] } } }).OnFailure
      .Destination['Fn::GetAtt'][0];
    const queuePolicies = Object.values(resourcesOf(template, 'AWS::SQS::QueuePolicy')).filter((p) =>
      JSON.stringify(p.Properties?.Queues).includes(`"${queueId}"`),
    );

    expect(invokeConfig.Properties).toMatchObject({ FunctionName: { Ref: functionId }, MaximumRetryAttempts: 2 });
    expect(template.toJSON().Resources[queueId]).toMatchObject({ Type: 'AWS::SQS::Queue', Properties: { SqsManagedSseEnabled: true } });
    expect(JSON.stringify(queuePolicies)).toContain('"aws:SecureTransport":"false"');
    expect(statementsOf(FEEDBACK_FUNCTION).filter((s) => asList(s.Action).includes('sqs:SendMessage')).map((s) => s.Resource)).toEqual([
      { 'Fn::GetAtt': [queueId, 'Arn'] },
    ]);
  });

  it.each(functionsUsing().filter(([, uses]) => uses.email))(
    'has %s send only as the stage sender, through its identity, with the configuration set',
    (name) => {
      const ses = statementsOf(name).filter((s) => asList(s.Action).some((a) => a.startsWith('ses:')));

      expect(environmentOf(name)).toMatchObject({ EMAIL_FROM: stage.email.from, EMAIL_CONFIGURATION_SET: stage.email.configurationSet });
      expect(ses).toHaveLength(1);
      expect(ses[0]?.Action).toBe('ses:SendRawEmail');
      // A literal ARN in a stage pinned to its account and region, a join of pseudo parameters elsewhere.
      const resources = asList(ses[0]?.Resource).map((resource) =>
        JSON.stringify(resource).replace(/.*:(identity|configuration-set)\//, '$1/').replace(/"(\]\]\})?$/, ''),
      );

      expect(resources.sort()).toEqual([`configuration-set/${stage.email.configurationSet}`, `identity/${stage.email.identity}`]);
      expect(ses[0]?.Condition).toEqual({ StringEquals: { 'ses:FromAddress': stage.email.from } });
    },
  );

  it.each(functionsUsing().filter(([, uses]) => !uses.email))('lets %s, which sends no email, neither send nor know the sender', (name) => {
    const actions = actionsOf(statementsOf(name));

    expect(actions.filter((a) => a.startsWith('ses:'))).toEqual([]);
    expect(Object.keys(environmentOf(name)).filter((variable) => variable.startsWith('EMAIL_'))).toEqual([]);
  });
});

describe('the real SES feedback function', () => {
  it('is built from functions/notifications/ses-feedback.ts with what that module says it uses', async () => {
    const { sesFeedbackUses } = await import('#functions/notifications/ses-feedback.js');

    const { stack, template } = synth('dev', { routes: [submitRoute], schedules: [] });
    const fn = template.toJSON().Resources[functionLogicalId(stack, FEEDBACK_FUNCTION)] as CfnResource;

    expect(sesFeedbackFunction).toEqual({ handler: 'notifications/ses-feedback', uses: sesFeedbackUses });
    expect(Object.keys((fn.Properties?.Environment as { Variables: object }).Variables).sort()).toEqual(
      [...variablesFor(sesFeedbackUses), 'NODE_OPTIONS'].sort(),
    );
  });
});
