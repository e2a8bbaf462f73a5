/**
 * zod for every schema of the project: zod/mini (functional checks, about a sixth of the full
 * API's bundle in each handler and page) with English messages, which the full API loads by
 * default and mini does not; without them every default message would read "Invalid input".
 * Import zod from here, never from 'zod' or 'zod/mini' (eslint.config.js).
 */
import { config, ZodMiniNumber } from 'zod/mini';
import { _coercedNumber, type $ZodNumberParams } from 'zod/v4/core';
import en from 'zod/v4/locales/en.js';

config(en());

export * from 'zod/mini';

/**
 * `z.coerce.number()`, made as zod/mini makes it: reached through the `coerce` namespace, it
 * bundles every coercing schema (string, boolean, bigint, date) into each function.
 */
export const coercedNumber = (params?: string | $ZodNumberParams): ZodMiniNumber<unknown> => _coercedNumber(ZodMiniNumber, params);
