import * as z from '../zod.js';
import { languages } from './languages.js';

/** A language a request may choose (`language` in a body): one of the four, as its ISO 639-1 code. */
export const languageSchema = z.enum(languages, `One of ${languages.join(', ')}.`);
