import { Duration, type CfnResource } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, type Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import type { ILogGroup } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import type { ConfigName } from '#functions/config.js';
import type { RouteLimits, Uses } from '#functions/routes.js';
import { EXPORTS_PREFIX } from '#shared/admin/spreadsheet/export-query.js';
import { SELECTION_REPORTS_PREFIX } from '#shared/selection-report/keys.js';
import { NOMINATION_PACKAGES_PREFIX, RECEIVED_PREFIX, UPLOADS_PREFIX } from '#shared/documents/keys.js';
import { BUNDLE_HANDLER, type FunctionBundles } from '../function-bundles.js';
import { acknowledgeNag, wildcardActionFinding, wildcardResourceFinding, type NagAcknowledgment } from '../nag.js';
import type { StageConfig } from '../stages.js';
import { environmentSizeProblems } from './environment-size.js';
import { InlinePolicyRole } from './inline-policy-role.js';
import { settingVariables } from './job-settings.js';
import { profileVariables } from '../profile-variables.js';

/** What a function may be bound to; `uses` picks among them. */
export interface FunctionResources {
  table: ITable;
  documents: IBucket;
  /** The stage's sender, its SES identity and the configuration set every email goes out with. */
  email: { from: string; identityArn: string; configurationSet: string; configurationSetArn: string; publicBaseUrl: string };
  /** The hosted UI's base URL and the grid page's app client: public values, no IAM. */
  staffSignIn: { url: string; clientId: string };
  /** Every function's code, bundled for the whole stack in one esbuild run (function-bundles.ts). No IAM. */
  bundles: FunctionBundles;
  /**
   * The stack's one log group for its functions: Lambda names each stream after its function
   * (`YYYY/MM/DD/<function>[version]<id>`), so the group keeps them apart at one resource for all.
   */
  logs: ILogGroup;
}

export interface HubFunctionProps {
  /** Its bundle, from `resources.bundles`: one handler module, or a dispatcher over a route function's handlers. */
  code: Code;
  uses: Uses;
  stage: StageConfig;
  resources: FunctionResources;
  description?: string;
  limits?: RouteLimits;
  /** One invocation at a time (reserved concurrency 1): a scheduled job paced by a rate (functions/routes.ts `oneRunAtATime`). */
  oneRunAtATime?: boolean;
}

/** Reads and writes of items only: no Scan (every access pattern is a Get or a Query), no table admin. */
const TABLE_READS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'];
const TABLE_WRITES = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];

/**
 * A Lambda function with the project's defaults (Node 22 on arm64, one minified ESM bundle with
 * the SDK inside, from the stack's one esbuild run, logging to the stack's function log group),
 * whose environment and IAM grants are exactly what its `uses` says: each `bind*` sets a variable
 * and grants its access together.
 */
export class HubFunction extends LambdaFunction {
  /** The variables set so far, as the size check counts them. */
  private readonly variables: Record<string, string> = {};

  constructor(scope: Construct, id: string, props: HubFunctionProps) {
    const { stage } = props;
    const logGroup = props.resources.logs;
    // Our own role instead of AWSLambdaBasicExecutionRole, whose log rights cover every log group.
    const role = new InlinePolicyRole(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `The ${id} function`,
    });
    logGroup.grantWrite(role);
    super(scope, id, {
      code: props.code,
      handler: BUNDLE_HANDLER,
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.limits?.memoryMb ?? 512,
      timeout: Duration.seconds(props.limits?.timeoutSeconds ?? 10),
      ...(props.oneRunAtATime ? { reservedConcurrentExecutions: 1 } : {}),
      logGroup,
      role,
      environment: {},
    });
    this.setVariable('STAGE', stage.name);
    this.setVariable('LOG_LEVEL', stage.logLevel);
    for (const [name, value] of Object.entries(profileVariables(stage))) this.setVariable(name as ConfigName, value);
    // Stack traces in the logs point at our TypeScript, not at the minified bundle.
    this.addVariable('NODE_OPTIONS', '--enable-source-maps');
    // A sending stage's forces ride in every function: synth stops, naming the function, before Lambda's 4 KB would refuse the deploy.
    this.node.addValidation({ validate: () => environmentSizeProblems(this.node.path, this.variables) });
    acknowledgeNag(this, {
      id: 'AwsSolutions-L1',
      reason: 'Node 22 (nodejs22.x) is the runtime the project prescribes and that CI and the local stack run; moving to nodejs24.x is a deliberate upgrade, not a side effect of synth.',
    });
    const { table, documents, email } = props.resources;
    if (props.uses.table) this.bindTable(table, props.uses.table);
    if (props.uses.documents) this.bindDocuments(documents, props.uses.documents);
    if (props.uses.email) this.bindEmail(email);
    // The presigned POST's host: the pages' CSP allows the browser to post there. No IAM.
    if (props.uses.uploads) this.setVariable('DOCUMENTS_UPLOAD_ORIGIN', `https://${documents.bucketRegionalDomainName}`);
    if (props.uses.staffSignIn) this.bindStaffSignIn(props.resources.staffSignIn);
    const settings = settingVariables(stage);
    for (const setting of props.uses.settings ?? []) {
      for (const [name, value] of Object.entries(settings[setting])) this.setVariable(name as ConfigName, value);
    }
  }

  /** Findings on this function's own role policy (the role is ours alone, see the constructor). */
  private acknowledgeOnRole(...rules: NagAcknowledgment[]): void {
    if (this.role) acknowledgeNag(this.role, ...rules);
  }

  private setVariable(name: ConfigName, value: string): void {
    this.addVariable(name, value);
  }

  /** Every variable goes through here, so the size check sees all of them. */
  private addVariable(name: string, value: string): void {
    this.variables[name] = value;
    this.addEnvironment(name, value);
  }

  private bindStaffSignIn({ url, clientId }: FunctionResources['staffSignIn']): void {
    this.setVariable('STAFF_SIGN_IN_URL', url);
    this.setVariable('STAFF_CLIENT_ID', clientId);
  }

  private bindTable(table: ITable, access: 'read' | 'write'): void {
    this.setVariable('TABLE_NAME', table.tableName);
    this.addToRolePolicy(
      new PolicyStatement({
        actions: access === 'write' ? [...TABLE_READS, ...TABLE_WRITES] : TABLE_READS,
        resources: [table.tableArn, `${table.tableArn}/index/*`],
      }),
    );
    this.acknowledgeOnRole({
      id: wildcardResourceFinding(table.node.defaultChild as CfnResource, '/index/*', this),
      reason: "Queries run on this table's global secondary indexes (the access patterns of docs/data-model.md); index/* under the table's ARN names this table's indexes and nothing else.",
    });
  }

  private bindDocuments(bucket: IBucket, access: NonNullable<Uses['documents']>): void {
    this.setVariable('DOCUMENTS_BUCKET', bucket.bucketName);
    if (access === 'write') bucket.grantReadWrite(this);
    // A download (an application's document, a proposal's, a candidate's CV for the panel) reads a received document, never an upload or an export.
    else if (access === 'read') bucket.grantRead(this, `${RECEIVED_PREFIX}*`);
    // A presigned POST acts with its signer's rights: PutObject under uploads/ and nothing else,
    // so a leaked policy can neither read a document nor overwrite a checked one.
    else if (access === 'offers') this.addToRolePolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources: [bucket.arnForObjects(`${UPLOADS_PREFIX}*`)] }));
    // A signed selection report's reads read its files back, and nothing else. Listing that prefix
    // lets S3 answer 404, not 403, for a report the retention purge removed, which the read says.
    else if (access === 'reports') {
      this.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects(`${SELECTION_REPORTS_PREFIX}*`)] }));
      this.addToRolePolicy(
        new PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn], conditions: { StringLike: { 's3:prefix': `${SELECTION_REPORTS_PREFIX}*` } } }),
      );
    }
    // Its sign-off writes the PDF and figures, and removes them when another sign-off won the race; it reads nothing.
    else if (access === 'report-sign-off') {
      this.addToRolePolicy(new PolicyStatement({ actions: ['s3:PutObject', 's3:DeleteObject'], resources: [bucket.arnForObjects(`${SELECTION_REPORTS_PREFIX}*`)] }));
    }
    // A nomination's package reads the candidate's CV (a received document, as `read` does), writes
    // the ZIP under nomination-packages/ and signs its link (a GET it must itself be allowed).
    else if (access === 'nomination-packages') {
      bucket.grantRead(this, `${RECEIVED_PREFIX}*`);
      this.addToRolePolicy(new PolicyStatement({ actions: ['s3:PutObject', 's3:GetObject'], resources: [bucket.arnForObjects(`${NOMINATION_PACKAGES_PREFIX}*`)] }));
    }
    // An export streams its file up (a multipart upload, aborted on failure) and signs its link.
    else {
      this.addToRolePolicy(
        new PolicyStatement({ actions: ['s3:PutObject', 's3:GetObject', 's3:AbortMultipartUpload'], resources: [bucket.arnForObjects(`${EXPORTS_PREFIX}*`)] }),
      );
    }
    this.acknowledgeDocumentWildcards(bucket.node.defaultChild as CfnResource, access);
  }

  /** Why each wildcard of `bindDocuments` is as narrow as the access allows. */
  private acknowledgeDocumentWildcards(bucket: CfnResource, access: NonNullable<Uses['documents']>): void {
    if (access === 'offers') {
      this.acknowledgeOnRole({
        id: wildcardResourceFinding(bucket, `/${UPLOADS_PREFIX}*`, this),
        reason: `A presigned POST names a fresh key per upload, unknown in advance, so the grant is PutObject on ${UPLOADS_PREFIX}* and nothing else.`,
      });
    } else if (access === 'reports' || access === 'report-sign-off') {
      this.acknowledgeOnRole({
        id: wildcardResourceFinding(bucket, `/${SELECTION_REPORTS_PREFIX}*`, this),
        reason: `A vacancy's signed selection report is kept under ${SELECTION_REPORTS_PREFIX}<vacancy>/ with a fresh id per sign-off; the grant covers that prefix only.`,
      });
    } else if (access === 'exports') {
      this.acknowledgeOnRole({
        id: wildcardResourceFinding(bucket, `/${EXPORTS_PREFIX}*`, this),
        reason: `Each export is written to a fresh key under ${EXPORTS_PREFIX}, which expires after a day; the grant covers that prefix only.`,
      });
    } else if (access === 'read') {
      const reason = `CDK's bucket.grantRead on the received documents only (${RECEIVED_PREFIX}*, a key per application): the function signs downloads of any application's document.`;
      this.acknowledgeOnRole(
        { id: wildcardResourceFinding(bucket, `/${RECEIVED_PREFIX}*`, this), reason },
        ...['s3:GetObject*', 's3:GetBucket*', 's3:List*'].map((action) => ({ id: wildcardActionFinding(action), reason })),
      );
    } else if (access === 'nomination-packages') {
      const reason = `CDK's bucket.grantRead on the received documents only (${RECEIVED_PREFIX}*, a key per application): the package holds the nominated candidate's CV, of any application.`;
      this.acknowledgeOnRole(
        { id: wildcardResourceFinding(bucket, `/${RECEIVED_PREFIX}*`, this), reason },
        ...['s3:GetObject*', 's3:GetBucket*', 's3:List*'].map((action) => ({ id: wildcardActionFinding(action), reason })),
        {
          id: wildcardResourceFinding(bucket, `/${NOMINATION_PACKAGES_PREFIX}*`, this),
          reason: `Each build of a nomination's package is written to a fresh key under ${NOMINATION_PACKAGES_PREFIX}, which expires after a day; the grant covers that prefix only.`,
        },
      );
    } else {
      const groups = ['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:DeleteObject*', 's3:Abort*'];
      const reason =
        "CDK's bucket.grantReadWrite on the documents bucket's objects only: the function moves or deletes documents of any application (a key per application), and the action groups include the object-version actions that make a purge really delete.";
      this.acknowledgeOnRole(
        { id: wildcardResourceFinding(bucket, '/*', this), reason },
        ...groups.map((action) => ({ id: wildcardActionFinding(action), reason })),
      );
    }
  }

  private bindEmail({ from, identityArn, configurationSet, configurationSetArn, publicBaseUrl }: FunctionResources['email']): void {
    this.setVariable('EMAIL_FROM', from);
    this.setVariable('EMAIL_CONFIGURATION_SET', configurationSet);
    this.setVariable('PUBLIC_BASE_URL', publicBaseUrl);
    this.addToRolePolicy(
      new PolicyStatement({
        actions: ['ses:SendRawEmail'],
        // A send naming a configuration set is authorised on the set as well as on the identity.
        resources: [identityArn, configurationSetArn],
        conditions: { StringEquals: { 'ses:FromAddress': from } },
      }),
    );
  }
}
