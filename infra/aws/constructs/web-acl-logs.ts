import { ArnFormat, Stack } from 'aws-cdk-lib';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { CfnLoggingConfiguration, type CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import type { StageConfig } from '../stages.js';
import { removalPolicyOf } from './removal.js';

export interface WebAclLogsProps {
  stage: StageConfig;
  webAcl: CfnWebACL;
}

/** WAF writes only to a log group whose name starts with this. */
export const WAF_LOG_GROUP_PREFIX = 'aws-waf-logs-';

/**
 * The web ACL's log of what it blocked or only counted (allowed requests are in the API's access
 * logs already), with staff ID tokens redacted, kept as long as the stage's other logs.
 */
export class WebAclLogs extends Construct {
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: WebAclLogsProps) {
    super(scope, id);
    const { stage, webAcl } = props;
    const stack = Stack.of(this);

    this.logGroup = new LogGroup(this, 'LogGroup', {
      // The one name AWS dictates; the stack name keeps stages in one account apart.
      logGroupName: `${WAF_LOG_GROUP_PREFIX}${stack.stackName}`,
      retention: stage.logRetentionDays,
      removalPolicy: removalPolicyOf(stage),
    });

    new CfnLoggingConfiguration(this, 'Logging', {
      resourceArn: webAcl.attrArn,
      // WAF takes the log group's ARN without the `:*` that CloudFormation's Arn attribute ends in.
      logDestinationConfigs: [
        stack.formatArn({ service: 'logs', resource: 'log-group', resourceName: this.logGroup.logGroupName, arnFormat: ArnFormat.COLON_RESOURCE_NAME }),
      ],
      redactedFields: [{ singleHeader: { Name: 'authorization' } }],
      loggingFilter: {
        DefaultBehavior: 'DROP',
        Filters: [
          {
            Behavior: 'KEEP',
            Requirement: 'MEETS_ANY',
            Conditions: [{ ActionCondition: { Action: 'BLOCK' } }, { ActionCondition: { Action: 'COUNT' } }],
          },
        ],
      },
    });
  }
}
