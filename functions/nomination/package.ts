import { nominationPackage, type PackageMaking } from '#shared/nomination/package-download.js';
import { nominationPathSchema } from '#shared/nomination/schema.js';
import { createS3Client } from '../adapters/s3/client.js';
import { nominationPackages } from '../adapters/s3/nomination-packages.js';
import { readConfig } from '../config.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { buildPackage } from './package/build-package.js';
import { nominationDependencies } from './nomination-stores.js';

let making: PackageMaking | undefined;

/** The bucket's side of a package, on one S3 client built on first use. */
const packageMaking = (): PackageMaking => {
  if (!making) {
    const { DOCUMENTS_BUCKET, S3_FORCE_PATH_STYLE } = readConfig(['DOCUMENTS_BUCKET', 'S3_FORCE_PATH_STYLE']);
    making = { ...nominationPackages(createS3Client({ forcePathStyle: S3_FORCE_PATH_STYLE }), DOCUMENTS_BUCKET), build: buildPackage };
  }
  return making;
};

/**
 * GET .../package: 200 a 5-minute link to the nomination's ZIP and the files it holds; 409 not
 * nominated. Who fetched which package is logged by subject and application id, never a name.
 */
export const handler = staffHandler({ name: 'downloadNominationPackage', path: nominationPathSchema }, async ({ path, principal, now, logger }) => {
  const link = await nominationPackage(nominationDependencies(), packageMaking(), path.vacancy, path.id, now);
  logger.info('nomination package issued', { subject: principal.subject, applicationId: path.id, files: link.files.length });
  return json(200, link, { 'Cache-Control': 'no-store' });
});
