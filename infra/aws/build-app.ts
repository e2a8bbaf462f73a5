import type { App } from 'aws-cdk-lib';
import { SecondmentHubStack, type SecondmentHubStackProps } from './secondment-hub-stack.js';
import { loadStage, type StageSettings } from './stages.js';

/** The stack of the stage named by `-c stage=` (and, for dev, `-c profile=`); anything else stops synth, naming what is allowed. */
export const buildApp = (
  app: App,
  options: Pick<SecondmentHubStackProps, 'routes' | 'schedules' | 'emailFeedback'> & {
    env?: Record<string, string | undefined>;
    /** The stages' settings; infra/aws/stages.ts's own unless a test gives others. */
    settings?: StageSettings;
  } = {},
): SecondmentHubStack => {
  // `-c profile=sending` tries dev as the example sending unit (stages.ts profileOverride).
  const stage = loadStage(app.node.tryGetContext('stage'), options.env, options.settings, app.node.tryGetContext('profile'));
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
