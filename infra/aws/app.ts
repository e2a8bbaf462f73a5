import { App } from 'aws-cdk-lib';
import { buildApp } from './build-app.js';
import { applyNagChecks } from './nag.js';
import { StageError } from './stages.js';

// `cdk synth|deploy -c stage=dev|staging|prod`
try {
  const app = new App();
  applyNagChecks(app);
  buildApp(app);
} catch (error) {
  // A wrong stage is the caller's mistake: say what to pass, without a stack trace.
  if (!(error instanceof StageError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
