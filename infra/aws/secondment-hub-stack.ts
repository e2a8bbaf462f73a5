import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { routes as routeTable, schedules as scheduleTable, type Route, type Schedule } from '#functions/routes.js';
import { Alarms } from './constructs/alarms.js';
import { HubApi } from './constructs/api.js';
import { DocumentsBucket } from './constructs/documents-bucket.js';
import { EmailFeedback, type FeedbackFunction } from './constructs/email-feedback.js';
import { HubFunction, type FunctionResources } from './constructs/hub-function.js';
import { FunctionBundles } from './function-bundles.js';
import { ScheduledJobs } from './constructs/scheduled-jobs.js';
import { STAFF_PAGE_PATH, StaffDirectory } from './constructs/staff-directory.js';
import { HubTable } from './constructs/table.js';
import { ApiWebAcl } from './constructs/web-acl.js';
import { Dashboard } from './constructs/dashboard.js';
import { monitoredIn } from './constructs/monitored.js';
import { removalPolicyOf } from './constructs/removal.js';
import { routeFunctions } from './route-functions.js';
import type { StageConfig } from './stages.js';

export interface SecondmentHubStackProps extends StackProps {
  stage: StageConfig;
  /** The route table; tests pass fixtures. */
  routes?: readonly Route[];
  /** The schedule table; tests pass fixtures. */
  schedules?: readonly Schedule[];
  /** The function SES's bounces and complaints invoke; tests pass a fixture. */
  emailFeedback?: FeedbackFunction;
}

/** Marks a bounced or complaining address in the table (suppressions), so nothing more is sent to it. */
export const sesFeedbackFunction: FeedbackFunction = { handler: 'notifications/ses-feedback', uses: { table: 'write' } };

/** Lambda takes a description of at most 256 characters: the routes a function serves, as many as fit. */
const DESCRIPTION_LIMIT = 256;
export const routesDescription = (served: readonly Route[]): string => {
  const full = served.map((route) => `${route.method} ${route.path}`).join(', ');
  return full.length <= DESCRIPTION_LIMIT ? full : `${full.slice(0, DESCRIPTION_LIMIT - 1)}…`;
};

/** One deployment of secondment-hub: data, staff sign-in, the API and the scheduled jobs. */
export class SecondmentHubStack extends Stack {
  constructor(scope: Construct, id: string, props: SecondmentHubStackProps) {
    super(scope, id, props);
    const { stage, routes = routeTable, schedules = scheduleTable, emailFeedback = sesFeedbackFunction } = props;

    const { table } = new HubTable(this, 'Data', { stage });
    const api = new HubApi(this, 'Api', { stage, routes });
    const { bucket } = new DocumentsBucket(this, 'Documents', { stage, apiOrigin: api.origin });
    // The grid page is also served at the API's own URL, so a stage works without a custom domain.
    const staff = new StaffDirectory(this, 'Staff', { stage, extraPageUrls: [api.pageUrl(STAFF_PAGE_PATH)] });

    const servers = routeFunctions(routes);
    const resources: FunctionResources = {
      table,
      documents: bucket,
      email: {
        from: stage.email.from,
        publicBaseUrl: stage.publicBaseUrl,
        identityArn: this.formatArn({ service: 'ses', resource: 'identity', resourceName: stage.email.identity }),
        configurationSet: stage.email.configurationSet,
        configurationSetArn: this.formatArn({ service: 'ses', resource: 'configuration-set', resourceName: stage.email.configurationSet }),
      },
      staffSignIn: { url: staff.signInUrl, clientId: staff.gridClient.userPoolClientId },
      // Every function below bundled by one esbuild run (cdk synth ran one per function).
      bundles: new FunctionBundles(this, 'Bundles', { handlers: [emailFeedback, ...schedules].map((fn) => fn.handler), routeFunctions: servers }),
      logs: new LogGroup(this, 'FunctionLogs', { retention: stage.logRetentionDays, removalPolicy: removalPolicyOf(stage) }),
    };
    const feedback = new EmailFeedback(this, 'EmailFeedback', { stage, fn: emailFeedback, resources });

    // Routes with the same grants and limits share a function (route-functions.ts): a route then
    // costs its API method, not a function, role, policy and permission of its own.
    api.addRoutes(
      servers.flatMap((server) => {
        const fn = new HubFunction(this, server.name, {
          code: resources.bundles.routesCode(server),
          uses: server.uses,
          stage,
          resources,
          description: routesDescription(server.routes),
          ...(server.limits ? { limits: server.limits } : {}),
        });
        return server.routes.map((route) => ({ route, fn }));
      }),
      staff.userPool,
    );
    new ApiWebAcl(this, 'Edge', { stage, apiStage: api.restApi.deploymentStage, routes });

    // In a nested stack of their own: a job costs the main stack nothing (scheduled-jobs.ts).
    if (schedules.length > 0) new ScheduledJobs(this, 'Jobs', { stage, schedules, resources });

    // RestApi adds an unnamed `Endpoint` output; one ApiUrl is enough.
    api.restApi.node.tryRemoveChild('Endpoint');
    new CfnOutput(this, 'ApiUrl', { value: api.restApi.url, description: 'The API stage URL' });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'DocumentsBucketName', { value: bucket.bucketName });
    new CfnOutput(this, 'UserPoolId', { value: staff.userPool.userPoolId, description: 'Staff sign-in' });
    new CfnOutput(this, 'StaffSignInUrl', { value: staff.signInUrl, description: 'The hosted UI of staff sign-in' });
    new CfnOutput(this, 'EmailConfigurationSet', { value: feedback.configurationSet.configurationSetName, description: 'Every email is sent with it' });
    new CfnOutput(this, 'StaffClientId', { value: staff.gridClient.userPoolClientId, description: 'The grid page app client' });

    // Last, so they watch every function and dead-letter queue created above.
    const operations = { stage, apiStage: api.restApi.deploymentStage, configurationSetName: feedback.configurationSet.configurationSetName, monitored: monitoredIn(this) };
    new Alarms(this, 'Alarms', operations);
    new Dashboard(this, 'Dashboard', operations);
  }
}
