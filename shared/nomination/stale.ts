import type { ApplicationStore } from '../applications/store.js';
import { EditConflict } from '../audit/edit-conflict.js';
import { NotFound } from '../errors.js';
import type { Force } from '../profiles/forces.js';
import type { MissionCall } from './call.js';
import { nominatedNow } from './counting.js';
import { nominationRow } from './row.js';

/** Someone changed the application since HR read it: a 409 with its row as it stands now. */
export const staleNomination = async (
  deps: { applications: Pick<ApplicationStore, 'get' | 'list' | 'nominations'>; forces: readonly Force[] },
  call: MissionCall,
  id: string,
  now: Date,
): Promise<EditConflict | NotFound> => {
  const current = await deps.applications.get(id);
  if (!current) return new NotFound('There is no application with this id.', { key: 'problem.notFound.application' });
  const { holding } = await nominatedNow(deps.applications, call.number, id);
  const row = nominationRow(current, call, deps.forces, holding.length + (current.nomination ? 1 : 0), now);
  return new EditConflict(row, `This application was changed by someone else (it is now at version ${current.version}); look at its new values and try again.`, {
    key: 'problem.conflict.applicationChanged',
    values: { version: current.version },
  });
};
