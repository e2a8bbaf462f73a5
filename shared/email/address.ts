/**
 * An email address as the hub compares and keys it: trimmed, lower case (the form's schema stores
 * addresses so; NCB contacts are typed by administrators). The circular's sends, the suppression
 * list and the job that reads both compare through this one function.
 */
export const comparableAddress = (address: string): string => address.trim().toLowerCase();
