import { RemovalPolicy } from 'aws-cdk-lib';
import type { StageConfig } from '../stages.js';

/**
 * The stage's choice for stored data; only dev may destroy (stages.ts refuses it elsewhere).
 * Retained except on create: what a rolled-back first deploy created goes with it, so the retry
 * does not stop on "already exists" (the fixed-name WAF log group) or leave orphans behind.
 */
export const removalPolicyOf = (stage: StageConfig): RemovalPolicy =>
  stage.removalPolicy === 'destroy' ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE;
