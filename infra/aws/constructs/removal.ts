import { RemovalPolicy } from 'aws-cdk-lib';
import type { StageConfig } from '../stages.js';

/** The stage's choice for stored data; only dev may destroy (stages.ts refuses it elsewhere). */
export const removalPolicyOf = (stage: StageConfig): RemovalPolicy =>
  stage.removalPolicy === 'destroy' ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;
