import { FeatureFlags } from 'aws-cdk-lib';
import { PolicyDocument, Role, type AddToPrincipalPolicyResult, type PolicyStatement, type RoleProps } from 'aws-cdk-lib/aws-iam';
import { IAM_MINIMIZE_POLICIES } from 'aws-cdk-lib/cx-api';
import type { Construct } from 'constructs';

/**
 * A role whose grants are written in it, as its inline policy `access`, instead of in a separate
 * `AWS::IAM::Policy` (CDK's DefaultPolicy) each: one resource fewer a role, 30 today, in a stack
 * that CloudFormation caps at 500 (docs/architecture.md, "Routes share functions"). The rights are
 * the same, and so is IAM's limit: a role's inline policies and the policies attached to it share
 * one size budget either way.
 */
export class InlinePolicyRole extends Role {
  private readonly access: PolicyDocument;

  constructor(scope: Construct, id: string, props: RoleProps) {
    const access = new PolicyDocument({ minimize: FeatureFlags.of(scope).isEnabled(IAM_MINIMIZE_POLICIES) ?? false });
    super(scope, id, { ...props, inlinePolicies: { ...props.inlinePolicies, access } });
    this.access = access;
  }

  /** Every grant (bucket.grantRead(fn), table.grant..., fn.addToRolePolicy) lands here, in the role itself. */
  override addToPrincipalPolicy(statement: PolicyStatement): AddToPrincipalPolicyResult {
    this.access.addStatements(statement);
    return { statementAdded: true, policyDependable: this };
  }
}
