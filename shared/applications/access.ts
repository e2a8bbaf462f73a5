import { NotFound, Unauthorized } from '../errors.js';
import type { Application } from './application.js';
import { sameDigest, sha256Hex } from './secrets.js';

/**
 * The candidate's side of an application opens with its status token only. No token is a 401;
 * a wrong token is a 404, the same as no such application, so ids cannot be probed.
 */
export const openWithStatusToken = async (application: Application | undefined, statusToken: string | undefined): Promise<Application> => {
  if (!statusToken) throw new Unauthorized('Send the status token from your receipt as `Authorization: Bearer <token>`.', { key: 'problem.unauthorized.statusToken' });
  const presented = await sha256Hex(statusToken);
  if (!application || !sameDigest(presented, application.statusTokenHash)) {
    throw new NotFound('There is no application with this id and token.', { key: 'problem.notFound.statusToken' });
  }
  return application;
};
