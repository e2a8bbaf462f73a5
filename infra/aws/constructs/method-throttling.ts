import { MethodLoggingLevel, type MethodDeploymentOptions } from 'aws-cdk-lib/aws-apigateway';
import type { Route } from '#functions/routes.js';
import type { StageConfig } from '../stages.js';

/** The key API Gateway's `methodOptions` takes for a route: `/<resource path>/<METHOD>`. */
export const methodOptionsKey = (route: Pick<Route, 'method' | 'path'>): string => `${route.path === '/' ? '' : route.path}/${route.method}`;

/**
 * The stage's per-route throttles (`edge.routeThrottling`, by route name) as the deployment stage's
 * `methodOptions`; every other method keeps the stage-wide `throttling`. A named route absent from
 * `routes` (a test's own table) gets nothing.
 */
export const methodThrottling = (stage: StageConfig, routes: readonly Route[]): Record<string, MethodDeploymentOptions> =>
  Object.fromEntries(
    routes.flatMap((route) => {
      const throttle = stage.edge.routeThrottling[route.name];
      // A method's own settings replace the stage-wide ones, logging level included: keep ERROR, no bodies.
      return throttle
        ? [[methodOptionsKey(route), { throttlingRateLimit: throttle.rateLimit, throttlingBurstLimit: throttle.burstLimit, loggingLevel: MethodLoggingLevel.ERROR, dataTraceEnabled: false }]]
        : [];
    }),
  );
