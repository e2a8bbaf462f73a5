/**
 * zod for every schema of the project: zod/mini (functional checks, about a sixth of the full
 * API's bundle in each handler and page) with English messages, which the full API loads by
 * default and mini does not; without them every default message would read "Invalid input".
 * Import zod from here, never from 'zod' or 'zod/mini' (eslint.config.js).
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export * from 'zod/mini';
