/** An answer of the public API as a test reads it: the status, the JSON body (or {}), and the text as sent. */
export interface Answer {
  status: number;
  body: Record<string, unknown>;
  text: string;
}

/** Calls a route of the stack at `baseUrl` as the candidate's browser does: JSON in, with the status token when given. */
export const callPublicApi = async (baseUrl: string, method: string, path: string, options: { body?: unknown; token?: string } = {}): Promise<Answer> => {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, text };
};
