import { SESClient } from '@aws-sdk/client-ses';

/**
 * The SES client a handler module creates once per container. A request timeout that throws,
 * because an endpoint that never answers (the local emulator on an action it lacks) must fail
 * the send, not hang the function until Lambda kills it. `throwOnRequestTimeout`: without it the
 * handler only logs a warning when the timeout passes, and goes on waiting.
 */
export const createSesClient = (): SESClient => new SESClient({ requestHandler: { requestTimeout: 5_000, connectionTimeout: 2_000, throwOnRequestTimeout: true } });
