import { connect } from 'node:net';
import type { Answer } from './direct-calls.js';

/**
 * One HTTP/1.1 request written byte for byte on a fresh socket: what fetch and node:http refuse to
 * send (raw `..`, bare CR in a header, a second Content-Length, a malformed request line).
 * The answer is read to the end of the connection (`Connection: close`).
 */
export const rawRequest = (url: string, head: string, body: Uint8Array = new Uint8Array(0), timeoutMs = 10_000): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const socket = connect({ host: hostname, port: Number(port) });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    socket.on('connect', () => {
      socket.write(Buffer.concat([Buffer.from(head, 'latin1'), body]));
    });
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error) => {
      clearTimeout(timer);
      // The server may close while a large body is still being written: what it answered counts.
      if (chunks.length > 0) resolve(parse(Buffer.concat(chunks)));
      else reject(error);
    });
    socket.on('end', () => {
      clearTimeout(timer);
      resolve(parse(Buffer.concat(chunks)));
    });
  });

const parse = (raw: Buffer): Answer => {
  const split = raw.indexOf('\r\n\r\n');
  const headText = (split < 0 ? raw : raw.subarray(0, split)).toString('latin1');
  const [statusLine = '', ...lines] = headText.split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = split < 0 ? Buffer.alloc(0) : raw.subarray(split + 4);
  // A chunked answer: the chunks' payloads, without their sizes.
  if (/chunked/i.test(headers['transfer-encoding'] ?? '')) {
    const parts: Buffer[] = [];
    for (let rest = body; rest.length > 0; ) {
      const end = rest.indexOf('\r\n');
      const size = Number.parseInt(rest.subarray(0, end).toString('latin1'), 16);
      if (!Number.isFinite(size) || size === 0) break;
      parts.push(rest.subarray(end + 2, end + 2 + size));
      rest = rest.subarray(end + 2 + size + 2);
    }
    body = Buffer.concat(parts);
  }
  return { status, headers, text: body.toString('utf8') };
};
