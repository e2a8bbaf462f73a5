import type { App } from 'aws-cdk-lib';
import { SecondmentHubStack, type SecondmentHubStackProps } from './secondment-hub-stack.js';
import { loadStage } from './stages.js';

/** The stack of the stage named by `-c stage=`; anything else stops synth, naming the allowed stages. */
export const buildApp = (
  app: App,
  options: Pick<SecondmentHubStackProps, 'routes' | 'schedules' | 'emailFeedback'> & { env?: Record<string, string | undefined> } = {},
): SecondmentHubStack => {
  const stage = loadStage(app.node.tryGetContext('stage'), options.env);
  return new SecondmentHubStack(app, `SecondmentHub-${stage.name}`, {
    stage,
    routes: options.routes,
    schedules: options.schedules,
    emailFeedback: options.emailFeedback,
    env: { account: stage.account, region: stage.region },
    description: `secondment-hub (${stage.name}): recruitment of seconded officers`,
    terminationProtection: stage.name === 'prod',
  });
};
