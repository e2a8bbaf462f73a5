import type { PolicyViolation } from 'aws-cdk-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes, type Route } from '#functions/routes.js';
import { nagPack } from '#infra/aws/nag.js';
import { routeFunctionOf } from '#infra/aws/route-functions.js';
import { asList, resourcesOf, roleOfFunction, roleStatements, routeFunctionLogicalId, synth, type Synthesized } from './synth.js';

/** A route on the package's grants, beside the route table's own (the package route, once it is there). */
const packageFixture: Route = {
  name: 'nominationPackageFixture',
  method: 'GET',
  path: '/fixtures/nomination-package',
  handler: 'vacancies/get-vacancy',
  caller: { kind: 'staff', groups: ['hr', 'admin'] },
  uses: { table: 'read', documents: 'nomination-packages' },
};

const packageRoutes = [packageFixture, ...routes.filter((route) => route.uses.documents === 'nomination-packages')];

describe('the nomination package function on a sending dev stage', () => {
  let synthesized: Synthesized;

  beforeAll(() => {
    synthesized = synth('dev', { routes: packageRoutes, schedules: [], profile: 'sending' });
  });

  const objectArn = (bucketId: string, prefix: string) => ({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, `/${prefix}*`]] });

  it.each(packageRoutes.map((route) => [route.name, route]))(
    'lets %s read received documents, and write and read only under nomination-packages/: no upload, export or report, no delete',
    (_name, route) => {
      // Prepare
      const { stack, template } = synthesized;
      const [bucketId = ''] = Object.keys(template.findResources('AWS::S3::Bucket'));

      // Act
      const s3 = roleStatements(template, roleOfFunction(template, routeFunctionLogicalId(stack, route))).filter((statement) =>
        asList(statement.Action).some((action) => action.startsWith('s3:') || action.startsWith('kms:')),
      );
      const onPackages = s3.filter((statement) => JSON.stringify(statement.Resource).includes('nomination-packages/'));
      const elsewhere = s3.filter((statement) => !onPackages.includes(statement));
      const writes = s3.flatMap((statement) => asList(statement.Action)).filter((action) => /^s3:(Put|Delete|Abort|Restore|Replicate)/.test(action));

      // Assert
      expect(routeFunctionOf(route)).toContain('BuildsNominationPackages');
      expect(onPackages.map((statement) => [asList(statement.Action).sort(), statement.Resource])).toEqual([[['s3:GetObject', 's3:PutObject'], objectArn(bucketId, 'nomination-packages/')]]);
      // The rest is CDK's grantRead on applications/ (as a document download has): reads, on the bucket and its received documents only.
      for (const statement of elsewhere) {
        expect(asList(statement.Action).every((action) => /^s3:(GetObject|GetBucket|List)/.test(action))).toBe(true);
        expect(asList(statement.Resource)).toEqual(expect.arrayContaining([objectArn(bucketId, 'applications/')]));
        expect(JSON.stringify(statement.Resource)).not.toMatch(/uploads\/|exports\/|selection-reports\/|"\/\*"/);
      }
      expect(elsewhere.length).toBeGreaterThan(0);
      expect(writes).toEqual(['s3:PutObject']);
    },
  );

  it('expires nomination-packages/ after a day, old versions too, as exports/ are', () => {
    const [bucket] = Object.values(resourcesOf(synthesized.template, 'AWS::S3::Bucket'));
    const rules = (bucket?.Properties?.LifecycleConfiguration as { Rules: Array<Record<string, unknown>> }).Rules;

    expect(rules).toContainEqual({ Id: 'expire-nomination-packages', Prefix: 'nomination-packages/', ExpirationInDays: 1, NoncurrentVersionExpiration: { NoncurrentDays: 1 }, Status: 'Enabled' });
    expect(rules).toContainEqual(expect.objectContaining({ Id: 'expire-exports', Prefix: 'exports/', ExpirationInDays: 1 }));
  });

  it('leaves cdk-nag nothing unacknowledged on its grants', () => {
    const findings = nagPack()
      .validateScope(synthesized.stack)
      .violations.flatMap((violation: PolicyViolation) => violation.violatingResources.map((resource) => `${violation.ruleName} at ${resource.constructPath ?? '?'}`));

    expect(findings).toEqual([]);
  });
});
