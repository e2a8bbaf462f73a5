import { inlineAsset } from './csp.js';
import { formScript, pageStyles, statusScript } from './generated/client-assets.js';

/** The bundled client code and styles (`npm run build:pages`), each with its CSP hash. */
export const assets = {
  style: inlineAsset(pageStyles),
  formScript: inlineAsset(formScript),
  statusScript: inlineAsset(statusScript),
};
