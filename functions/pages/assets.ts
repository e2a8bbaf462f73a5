import { inlineAsset } from './csp.js';
import { formScript, pageStyles, statusScript } from './generated/client-assets.js';

/*
 * The bundled client code and styles (`npm run build:pages`), each with its CSP hash. One export
 * each, pure: a page's function bundles only the assets it serves (the form's script is 57 KB).
 */
export const pageStyle = /* @__PURE__ */ inlineAsset(pageStyles);
export const formPageScript = /* @__PURE__ */ inlineAsset(formScript);
export const statusPageScript = /* @__PURE__ */ inlineAsset(statusScript);
