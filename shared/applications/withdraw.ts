import { ForbiddenTransition } from '../errors.js';
import type { Application } from './application.js';
import { candidateMayWithdraw } from './status-view.js';
import { StaleVersion, type ApplicationStore } from './store.js';

/** The candidate withdraws their application; answers it as now stored. */
export const withdrawApplication = async (store: Pick<ApplicationStore, 'get' | 'update'>, application: Application, now: Date): Promise<Application> => {
  if (!candidateMayWithdraw(application)) {
    throw application.status === 'withdrawn'
      ? new ForbiddenTransition('The application is already withdrawn.', { key: 'problem.forbiddenTransition.alreadyWithdrawn' })
      : new ForbiddenTransition(`A ${application.status} application cannot be withdrawn here; please contact HR.`, { key: 'problem.forbiddenTransition.notWithdrawable' });
  }
  const at = now.toISOString();
  try {
    return await store.update(application.id, application.version, { status: 'withdrawn', updatedAt: at }, {
      at,
      by: 'candidate',
      action: 'withdrawn',
      changes: { status: { from: application.status, to: 'withdrawn' } },
    });
  } catch (error) {
    if (error instanceof StaleVersion) {
      // Changed meanwhile (HR, an upload): judge again against what is stored now.
      const fresh = await store.get(application.id);
      if (fresh && fresh.version !== application.version) return withdrawApplication(store, fresh, now);
    }
    throw error;
  }
};
