import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { dispatchRoutes, RouteNotServed, type RouteHandler } from '#functions/http/route-dispatch.js';

const eventFor = (httpMethod: string, resource: string, path = resource): APIGatewayProxyEvent =>
  ({ httpMethod, resource, path, headers: {}, body: null }) as unknown as APIGatewayProxyEvent;
const context = { awsRequestId: 'r1' } as Context;

/** A handler that answers with its own name, and the event and context it was given. */
const answering = (name: string): RouteHandler => async (event, given) => ({ statusCode: 200, body: JSON.stringify({ name, path: event.path, requestId: given.awsRequestId }) });

describe('dispatchRoutes', () => {
  const handler = dispatchRoutes([
    { method: 'GET', path: '/vacancies', handler: answering('list') },
    { method: 'GET', path: '/vacancies/{number}', handler: answering('get') },
    { method: 'POST', path: '/vacancies', handler: answering('create') },
  ]);

  it("hands the event and context, unchanged, to the handler of the route API Gateway matched", async () => {
    const answer = await handler(eventFor('GET', '/vacancies/{number}', '/vacancies/1152'), context);

    expect(JSON.parse(answer.body)).toEqual({ name: 'get', path: '/vacancies/1152', requestId: 'r1' });
  });

  it('tells routes apart by method as well as by path', async () => {
    const listed = await handler(eventFor('GET', '/vacancies'), context);
    const created = await handler(eventFor('POST', '/vacancies'), context);

    expect(JSON.parse(listed.body).name).toBe('list');
    expect(JSON.parse(created.body).name).toBe('create');
  });

  it('matches the path template API Gateway names, never the path the client sent', async () => {
    // A request path that spells a template must not reach that template's handler.
    const refused = handler(eventFor('GET', '/applications/{id}', '/vacancies/{number}'), context);

    await expect(refused).rejects.toBeInstanceOf(RouteNotServed);
  });

  it('fails, naming what it serves, for a route that is not its own, rather than answering as another', async () => {
    const refused = handler(eventFor('DELETE', '/vacancies'), context);

    await expect(refused).rejects.toThrow('This function does not serve DELETE /vacancies; it serves GET /vacancies, GET /vacancies/{number}, POST /vacancies.');
  });

  it('refuses a table that lists one route twice', () => {
    expect(() => dispatchRoutes([{ method: 'GET', path: '/x', handler: answering('a') }, { method: 'GET', path: '/x', handler: answering('b') }])).toThrow(
      'GET /x is listed twice for one function.',
    );
  });
});
