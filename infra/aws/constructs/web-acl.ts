import type { Stage } from 'aws-cdk-lib/aws-apigateway';
import { CfnWebACL, CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { STAFF_PAGE_PATH, type Route } from '#functions/routes.js';
import type { StageConfig } from '../stages.js';
import { WebAclLogs } from './web-acl-logs.js';

export interface ApiWebAclProps {
  stage: StageConfig;
  /** The API stage the web ACL guards. */
  apiStage: Stage;
  /** The route table: the rate rule spares what only staff call. */
  routes: readonly Route[];
}

/** AWS's managed groups, in evaluation order: cheap IP reputation first, then known exploits, then the common set. */
export const MANAGED_RULE_GROUPS = ['AWSManagedRulesAmazonIpReputationList', 'AWSManagedRulesKnownBadInputsRuleSet', 'AWSManagedRulesCommonRuleSet'] as const;

/** The label the common rule set puts on a request whose body is over 8 KB (its SizeRestrictions_BODY rule). */
const OVERSIZED_BODY_LABEL = 'awswaf:managed:aws:core-rule-set:SizeRestrictions_Body';

/**
 * The path prefix of the staff routes (`/admin/`; the grid page `/admin` itself is public and
 * stays outside it). A staff route elsewhere is only counted as public, which errs on the safe
 * side; a public route under it would escape the rate limit, so synth stops.
 */
export const staffPathPrefix = (routes: readonly Route[]): string => {
  const prefix = `${STAFF_PAGE_PATH}/`;
  const exposed = routes.find((route) => route.caller.kind === 'public' && route.path.startsWith(prefix));
  if (exposed) throw new Error(`public route ${exposed.name} (${exposed.path}) is under ${prefix}: the WAF rate rule would spare it`);
  return prefix;
};

const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: true,
});

/** A request whose URI path starts with one of `prefixes`. */
const pathStartsWith = (prefixes: string[]): CfnWebACL.StatementProperty => {
  const statements = prefixes.map(
    (prefix): CfnWebACL.StatementProperty => ({
      byteMatchStatement: {
        fieldToMatch: { uriPath: {} },
        positionalConstraint: 'STARTS_WITH',
        searchString: prefix,
        textTransformations: [{ priority: 0, type: 'NONE' }],
      },
    }),
  );
  return statements.length === 1 && statements[0] ? statements[0] : { orStatement: { statements } };
};

/**
 * The REST API stage's WAF web ACL: AWS's managed groups on every request, and a per-IP rate limit
 * on everything but the staff routes (those are behind Cognito, and an HR bulk edit must not trip it).
 */
export class ApiWebAcl extends Construct {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: ApiWebAclProps) {
    super(scope, id);
    const { stage, apiStage, routes } = props;
    const prefix = staffPathPrefix(routes);
    // WAF sees `/<stage>/admin/...` at the execute-api URL and `/admin/...` behind a custom domain.
    const staffPaths = pathStartsWith([`/${stage.name}${prefix}`, prefix]);

    const managed = MANAGED_RULE_GROUPS.map(
      (name, index): CfnWebACL.RuleProperty => ({
        name,
        priority: index,
        overrideAction: { none: {} },
        statement: {
          managedRuleGroupStatement: {
            vendorName: 'AWS',
            name,
            // The spreadsheet import and a bulk edit are bodies over 8 KB: that rule only counts (labels) here, and the next rule blocks outside staff routes.
            ...(name === 'AWSManagedRulesCommonRuleSet' ? { ruleActionOverrides: [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }] } : {}),
          },
        },
        visibilityConfig: visibility(name),
      }),
    );

    const rules: CfnWebACL.RuleProperty[] = [
      ...managed,
      {
        name: 'PublicBodyOver8KB',
        priority: managed.length,
        action: { block: {} },
        statement: {
          andStatement: {
            statements: [{ labelMatchStatement: { scope: 'LABEL', key: OVERSIZED_BODY_LABEL } }, { notStatement: { statement: staffPaths } }],
          },
        },
        visibilityConfig: visibility('PublicBodyOver8KB'),
      },
      {
        name: 'PublicRatePerIp',
        priority: managed.length + 1,
        action: { block: {} },
        statement: {
          rateBasedStatement: {
            limit: stage.edge.publicRequestsPerIp,
            evaluationWindowSec: 300,
            aggregateKeyType: 'IP',
            scopeDownStatement: { notStatement: { statement: staffPaths } },
          },
        },
        visibilityConfig: visibility('PublicRatePerIp'),
      },
    ];

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      description: `secondment-hub ${stage.name}: managed rule groups and a per-IP rate limit on the public routes`,
      rules,
      visibilityConfig: visibility(`secondment-hub-${stage.name}`),
    });

    new WebAclLogs(this, 'Logs', { stage, webAcl: this.webAcl });

    new CfnWebACLAssociation(this, 'StageAssociation', {
      resourceArn: apiStage.stageArn,
      webAclArn: this.webAcl.attrArn,
    });
  }
}
