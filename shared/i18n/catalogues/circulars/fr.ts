import type { CircularCatalogue } from './en.js';

/** The circulars messages in this language: part of its catalogue. */
export const fr: CircularCatalogue = {};
