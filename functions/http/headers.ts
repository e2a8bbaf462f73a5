import type { APIGatewayProxyEvent } from 'aws-lambda';

/** A request header's value, whatever the case of its name (API Gateway keeps the client's spelling). */
export const headerValue = (event: Pick<APIGatewayProxyEvent, 'headers'>, name: string): string | undefined => {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(event.headers ?? {})) if (key.toLowerCase() === wanted) return value ?? undefined;
  return undefined;
};
