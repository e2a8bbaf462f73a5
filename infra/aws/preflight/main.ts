import { loadStage, StageError } from '../stages.js';
import { askAws } from './aws-answers.js';
import { preflightFindings, preflightReport } from './checks.js';

// `npm run preflight -- -c stage=prod`: what the stage lacks before its first deploy (read-only AWS calls).

/** The stage named by `-c stage=<name>` (or `--context stage=<name>`), as `cdk` takes it. */
const requestedStage = (args: readonly string[]): string | undefined => {
  const index = args.findIndex((arg) => arg === '-c' || arg === '--context');
  const value = index >= 0 ? args[index + 1] : undefined;
  return value?.startsWith('stage=') ? value.slice('stage='.length) : undefined;
};

try {
  const stage = loadStage(requestedStage(process.argv.slice(2)));
  const findings = preflightFindings(stage, await askAws(stage));
  console.log(preflightReport(stage, findings));
  process.exitCode = findings.length === 0 ? 0 : 1;
} catch (error) {
  if (error instanceof StageError) console.error(error.message);
  // No credentials or no permission: the deployer's profile must be able to read SES and Cognito.
  else console.error(`preflight could not ask AWS: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  process.exitCode = 2;
}
