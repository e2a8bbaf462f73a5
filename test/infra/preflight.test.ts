import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { neededSendRate, preflightFindings, preflightReport } from '#infra/aws/preflight/checks.js';
import { projectRoot } from '#infra/aws/project-root.js';
import { loadStage } from '#infra/aws/stages.js';
import { freshAccount, readyAccount } from './preflight-answers.js';

// The preflight's judgement over recorded SDK answers: no AWS call, no network.

const prod = loadStage('prod', {});
const ready = readyAccount(prod.email.identity, prod.account ?? '');

describe('preflight before the first deploy', () => {
  it('finds nothing missing on an account with the identity verified, production access, the rate and the prefix', () => {
    const findings = preflightFindings(prod, ready);

    expect(findings).toEqual([]);
    expect(preflightReport(prod, findings)).toMatch(/Ready to deploy/);
  });

  it('names each thing a fresh account lacks: identity, production access, send rate and nothing about a free prefix', () => {
    const findings = preflightFindings(prod, freshAccount);

    expect(findings.map((finding) => finding.missing)).toEqual([
      `SES identity ${prod.email.identity} is not registered in eu-west-3`,
      'SES in eu-west-3 is in the sandbox (200 emails a day, only to verified addresses)',
      'SES sends at most 1 emails a second in eu-west-3, but the submit route lets 10 submissions a second through, each sending a receipt',
    ]);
    expect(findings.every((finding) => finding.todo.length > 0)).toBe(true);
  });

  it('reports an identity still pending verification', () => {
    const pending = { ...ready, identity: { VerificationAttributes: { [prod.email.identity]: { VerificationStatus: 'Pending' as const } } } };

    const findings = preflightFindings(prod, pending);

    expect(findings).toMatchObject([{ missing: expect.stringContaining('not verified (Pending)') }]);
  });

  it("compares SES's send rate with the stage's submit throttle", () => {
    const slow = { ...ready, sendQuota: { ...ready.sendQuota, MaxSendRate: neededSendRate(prod) - 1 } };

    const findings = preflightFindings(prod, slow);

    expect(neededSendRate(prod)).toBe(prod.edge.routeThrottling.submitApplication?.rateLimit);
    expect(findings).toMatchObject([{ todo: expect.stringContaining('edge.routeThrottling.submitApplication') }]);
  });

  it('reports a Cognito domain prefix another account holds, and tells to choose another', () => {
    const taken = readyAccount(prod.email.identity, '999988887777');

    const findings = preflightFindings(prod, taken);

    expect(findings).toEqual([
      {
        missing: 'the Cognito domain prefix secondment-hub-prod-staff is already taken in eu-west-3 (by account 999988887777)',
        todo: 'choose an unused staffSignIn.domainPrefix for stage prod in infra/aws/stages.ts',
      },
    ]);
    expect(preflightReport(prod, findings)).toMatch(/1 thing missing[\s\S]*To do: choose an unused/);
  });

  it('stops `npm run preflight` on an unknown stage before any AWS call, exiting non-zero', async () => {
    const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');

    const result = await promisify(execFile)(tsx, ['infra/aws/preflight/main.ts', '-c', 'stage=qa'], { cwd: projectRoot }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );

    expect(result.code).not.toBe(0);
    expect(result.stderr.trim()).toBe('Unknown stage "qa": pass -c stage=<dev | staging | prod>.');
  });
});
