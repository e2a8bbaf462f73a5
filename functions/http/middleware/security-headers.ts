import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

/** Headers every API answer carries; an HTML route may set its own Content-Security-Policy. */
export const securityHeaderValues: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Cache-Control': 'no-store',
};

export const securityHeaders = (): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> => {
  const apply = (request: { response: APIGatewayProxyResult | null }) => {
    if (!request.response) return;
    const own = request.response.headers ?? {};
    const ownNames = new Set(Object.keys(own).map((name) => name.toLowerCase()));
    // Header names are case-insensitive: a handler's `content-security-policy` replaces ours.
    const defaults = Object.entries(securityHeaderValues).filter(([name]) => !ownNames.has(name.toLowerCase()));
    request.response.headers = { ...Object.fromEntries(defaults), ...own };
  };
  return { name: 'securityHeaders', after: apply, onError: apply };
};
