import { DOWNLOAD_LINK_SECONDS } from '../admin/document-download.js';
import { packageKey } from '../documents/keys.js';
import type { Force } from '../profiles/forces.js';
import { openCall, openCandidate, type MissionCall } from './call.js';
import type { NominationDependencies } from './nominate.js';
import type { PackageApplication } from './package.js';
import { runningNominationOf } from './steps.js';

/** What a built package is, and where it is kept and linked (functions/nomination/package/, functions/adapters/s3/nomination-packages.ts). */
export interface PackageMaking {
  build(input: { application: PackageApplication; call: MissionCall; forces: readonly Force[]; readDocument: (key: string) => Promise<Uint8Array>; now: Date }): Promise<{ bytes: Uint8Array; fileName: string; files: string[] }>;
  readDocument(key: string): Promise<Uint8Array>;
  store(key: string, bytes: Uint8Array): Promise<void>;
  link(request: { key: string; fileName: string; now: Date; expiresInSeconds: number }): Promise<{ url: string; expiresAt: string }>;
}

export interface PackageLink {
  url: string;
  expiresAt: string;
  fileName: string;
  files: string[];
}

/**
 * `GET .../package`: the nomination's package, made anew from the application as it stands (a CV
 * replaced since is the new one), kept under nomination-packages/ for a day and linked for 5 minutes.
 * Only a nominated candidate has one.
 */
export const nominationPackage = async (deps: Pick<NominationDependencies, 'applications' | 'vacancies' | 'forces'>, making: PackageMaking, vacancy: string, id: string, now: Date): Promise<PackageLink> => {
  const call = await openCall(deps.vacancies, vacancy);
  const application = await openCandidate(deps.applications, call, id);
  runningNominationOf(application);
  const built = await making.build({ application, call, forces: deps.forces, readDocument: (key) => making.readDocument(key), now });
  const key = packageKey(application.id, now);
  await making.store(key, built.bytes);
  const link = await making.link({ key, fileName: built.fileName, now, expiresInSeconds: DOWNLOAD_LINK_SECONDS });
  return { ...link, fileName: built.fileName, files: built.files };
};
