import { inlineAsset } from '../../pages/csp.js';
import { adminScript, adminStyles } from '../../pages/generated/admin-assets.js';

/** The grid page's bundled script and styles (`npm run build:pages`), each with its CSP hash. */
export const adminAssets = {
  script: inlineAsset(adminScript),
  style: inlineAsset(adminStyles),
};
