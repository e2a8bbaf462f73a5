import { Agent, createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Clock } from '#shared/time/clock.js';
import { boundaryOf, fileEnd, readUntilFile } from './multipart.js';
import { checkFileSize, checkPostPolicy, type AcceptedPost, type PostCredentials } from './policy.js';
import { checkPresignedRequest, isPresigned } from './presigned-url.js';
import { S3Error, accessDenied, entityTooLarge, errorXml, escapeXml, malformedPost, newRequestId } from './s3-error.js';

/**
 * The local S3 endpoint: s3rver behind a small HTTP front. Browser-style POST uploads
 * (multipart/form-data to a bucket) are checked as S3 checks them (signature, expiry, every
 * policy condition, size) and then stored in s3rver with PutObject; every other request goes to
 * s3rver untouched, Host header included, so the SDK's signatures still verify there.
 */
export interface PostPolicyFrontOptions {
  /** s3rver's endpoint. */
  target: string;
  /** What "now" is for policy expiry: the local stack's clock, the one API requests are stamped with. */
  clock: Clock;
  region: string;
  credentials: PostCredentials;
  /**
   * Gives a stored upload the time it arrived by `clock` as its LastModified (s3rver takes the
   * machine's): `complete` judges the object's own time against the deadline, on the same clock.
   */
  stamp?: (bucket: string, key: string, at: Date) => Promise<void>;
  /** Which page origins may POST from a browser; S3's CORS rule on AWS (default: any localhost origin). */
  allowOrigin?: (origin: string) => boolean;
  host?: string;
  port?: number;
}

/** S3 refuses fields before the file beyond this ("MaxPostPreDataLengthExceeded"). */
const MAX_PRE_DATA = 20 * 1024;
/** Room for the closing delimiter and ignored trailing fields before a file is judged too large unread. */
const TRAILER_ALLOWANCE = 64 * 1024;
/** How much of a refused body is read (and dropped) so the client can read the answer; beyond it, the connection is closed. */
const DRAIN_LIMIT = 64 * 1024 * 1024;

const localOrigin = (origin: string) => /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/.test(origin);

const keyPath = (key: string) => key.split('/').map(encodeURIComponent).join('/');

export const startPostPolicyFront = async (
  options: PostPolicyFrontOptions,
): Promise<{ url: string; stop(): Promise<void> }> => {
  const target = new URL(options.target);
  const allowOrigin = options.allowOrigin ?? localOrigin;
  const agent = new Agent({ keepAlive: true });
  const s3rver = new S3Client({
    endpoint: options.target,
    region: options.region,
    credentials: options.credentials,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });

  const corsHeaders = (request: IncomingMessage): Record<string, string> => {
    const origin = request.headers.origin;
    return origin && allowOrigin(origin) ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : {};
  };

  const sendError = (request: IncomingMessage, response: ServerResponse, error: S3Error, close = false) => {
    const requestId = newRequestId();
    response.writeHead(error.status, {
      'Content-Type': 'application/xml',
      'x-amz-request-id': requestId,
      ...corsHeaders(request),
      ...(close ? { Connection: 'close' } : {}),
    });
    response.end(errorXml(error, requestId));
  };

  /** S3's CORS rule of the documents bucket (infra/aws/constructs/documents-bucket.ts): POST, no extra headers. */
  const preflight = (request: IncomingMessage, response: ServerResponse) => {
    const origin = request.headers.origin ?? '';
    const method = request.headers['access-control-request-method'];
    const headers = (request.headers['access-control-request-headers'] ?? '').trim();
    if (!allowOrigin(origin) || method !== 'POST' || headers !== '') {
      return sendError(
        request,
        response,
        new S3Error(
          'AccessForbidden',
          'CORSResponse: This CORS request is not allowed. This is usually because the evalution of Origin, request method / Access-Control-Request-Method or Access-Control-Request-Headers are not whitelisted by the resource\'s CORS spec.',
          403,
          { Method: String(method ?? ''), ResourceType: 'OBJECT' },
        ),
      );
    }
    response.writeHead(200, {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': 'POST',
      'Access-Control-Max-Age': '3000',
      Vary: 'Origin, Access-Control-Request-Headers, Access-Control-Request-Method',
      'Content-Length': '0',
    });
    response.end();
  };

  const proxy = (request: IncomingMessage, response: ServerResponse) => {
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: request.method, path: request.url, headers: request.headers, agent },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => {
      if (!response.headersSent) response.writeHead(502, { 'Content-Type': 'text/plain' });
      response.end('s3rver did not answer');
    });
    request.pipe(upstream);
  };

  const store = async (request: IncomingMessage, response: ServerResponse, bucket: string, accepted: AcceptedPost, file: Buffer) => {
    const { fields, key } = accepted;
    const arrivedAt = options.clock.now();
    const metadata = Object.fromEntries(
      [...fields].filter(([name]) => name.startsWith('x-amz-meta-')).map(([name, value]) => [name.slice('x-amz-meta-'.length), value]),
    );
    const stored = await s3rver.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: file,
        // S3 stores the form's Content-Type field, not the file part's header; without one, binary/octet-stream.
        ContentType: fields.get('content-type') ?? 'binary/octet-stream',
        CacheControl: fields.get('cache-control'),
        ContentDisposition: fields.get('content-disposition'),
        ContentEncoding: fields.get('content-encoding'),
        Metadata: metadata,
      }),
    );
    await options.stamp?.(bucket, key, arrivedAt);
    const etag = stored.ETag ?? '';
    const location = `http://${request.headers.host ?? `${target.host}`}/${bucket}/${keyPath(key)}`;
    const headers = { ETag: etag, Location: location, 'x-amz-request-id': newRequestId(), ...corsHeaders(request) };
    const redirect = fields.get('success_action_redirect') ?? fields.get('redirect');
    if (redirect && URL.canParse(redirect)) {
      const to = new URL(redirect);
      to.searchParams.set('bucket', bucket);
      to.searchParams.set('key', key);
      to.searchParams.set('etag', etag);
      response.writeHead(303, { ...headers, Location: to.href });
      return response.end();
    }
    const status = fields.get('success_action_status');
    if (status === '201') {
      response.writeHead(201, { ...headers, 'Content-Type': 'application/xml' });
      return response.end(
        `<?xml version="1.0" encoding="UTF-8"?>\n<PostResponse><Location>${escapeXml(location)}</Location><Bucket>${escapeXml(bucket)}</Bucket><Key>${escapeXml(key)}</Key><ETag>${escapeXml(etag)}</ETag></PostResponse>`,
      );
    }
    // 200 and 204 answer no body; any other value is S3's default, 204.
    response.writeHead(status === '200' ? 200 : 204, headers);
    response.end();
  };

  /** A browser-style POST upload: read the fields, judge them, read the file (bounded), judge its size, store it. */
  const upload = (request: IncomingMessage, response: ServerResponse, bucket: string) => {
    const declaredLength = Number(request.headers['content-length']);
    const boundary = boundaryOf(request.headers['content-type']);
    let phase: 'fields' | 'file' | 'refused' = 'fields';
    let refusal: S3Error | undefined;
    let head = Buffer.alloc(0);
    let accepted: AcceptedPost | undefined;
    const fileChunks: Buffer[] = [];
    let fileBytes = 0;
    let dropped = 0;

    const refuse = (error: S3Error) => {
      phase = 'refused';
      refusal = error;
      head = Buffer.alloc(0);
      fileChunks.length = 0;
      // A large remainder is not worth reading: answer now and close, as S3 does.
      if (Number.isFinite(declaredLength) && declaredLength - (request.socket.bytesRead ?? 0) > DRAIN_LIMIT) {
        sendError(request, response, error, true);
        response.on('finish', () => request.destroy());
      }
    };

    const judgeFields = () => {
      const preamble = readUntilFile(head, boundary ?? '');
      if (preamble.state === 'incomplete') {
        if (head.length > MAX_PRE_DATA) {
          refuse(new S3Error('MaxPostPreDataLengthExceeded', 'Your POST request fields preceeding the upload file was too large.', 400));
        }
        return;
      }
      if (preamble.state === 'malformed') return refuse(malformedPost());
      if (preamble.state === 'no-file') {
        return refuse(new S3Error('InvalidArgument', 'POST requires exactly one file upload per request.', 400, { ArgumentName: 'file', ArgumentValue: '0' }));
      }
      if (preamble.dataStart > MAX_PRE_DATA) {
        return refuse(new S3Error('MaxPostPreDataLengthExceeded', 'Your POST request fields preceeding the upload file was too large.', 400));
      }
      try {
        accepted = checkPostPolicy({
          fields: preamble.fields,
          bucket,
          fileName: preamble.fileName,
          region: options.region,
          credentials: options.credentials,
          now: options.clock.now(),
        });
      } catch (error) {
        if (error instanceof S3Error) return refuse(error);
        throw error;
      }
      phase = 'file';
      const firstBytes = head.subarray(preamble.dataStart);
      head = Buffer.alloc(0);
      // The body's length already says the file cannot fit: refuse before reading it.
      const max = accepted.size?.max;
      const trailer = boundary ? boundary.length + 8 : 0;
      if (max !== undefined && declaredLength - preamble.dataStart > max + TRAILER_ALLOWANCE) {
        return refuse(entityTooLarge(declaredLength - preamble.dataStart - trailer, max));
      }
      takeFile(firstBytes);
    };

    const takeFile = (chunk: Buffer) => {
      fileChunks.push(chunk);
      fileBytes += chunk.length;
      const max = accepted?.size?.max;
      if (max !== undefined && fileBytes > max + TRAILER_ALLOWANCE) refuse(entityTooLarge(fileBytes, max));
    };

    if (!boundary) refuse(malformedPost());
    else if (!Number.isFinite(declaredLength)) refuse(new S3Error('MissingContentLength', 'You must provide the Content-Length HTTP header.', 411));

    request.on('data', (chunk: Buffer) => {
      if (phase === 'refused') {
        dropped += chunk.length;
        if (dropped > DRAIN_LIMIT && !response.headersSent && refusal) {
          sendError(request, response, refusal, true);
          response.on('finish', () => request.destroy());
        }
        return;
      }
      if (phase === 'file') return takeFile(chunk);
      head = Buffer.concat([head, chunk]);
      try {
        judgeFields();
      } catch (error) {
        console.error('local S3 POST front:', error instanceof Error ? error.name : 'error');
        refuse(new S3Error('InternalError', 'We encountered an internal error. Please try again.', 500));
      }
    });

    request.on('end', () => {
      void (async () => {
        try {
          if (response.headersSent) return;
          if (phase === 'refused' && refusal) return sendError(request, response, refusal);
          if (phase === 'fields' || !accepted) return sendError(request, response, malformedPost());
          const data = Buffer.concat(fileChunks);
          const end = fileEnd(data, boundary ?? '');
          if (end < 0) return sendError(request, response, malformedPost());
          const file = data.subarray(0, end);
          checkFileSize(accepted.size, file.length);
          await store(request, response, bucket, accepted, file);
        } catch (error) {
          if (error instanceof S3Error) return sendError(request, response, error);
          console.error('local S3 POST front:', error instanceof Error ? error.name : 'error');
          if (!response.headersSent) sendError(request, response, new S3Error('InternalError', 'We encountered an internal error. Please try again.', 500));
        }
      })();
    });
    request.on('error', () => response.destroy());
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://front');
    const segments = url.pathname.split('/').filter(Boolean);
    const [bucket] = segments;
    const atBucket = bucket !== undefined && segments.length === 1 && url.search === '';
    if (request.method === 'OPTIONS' && request.headers.origin && request.headers['access-control-request-method']) {
      return preflight(request, response);
    }
    const isFormPost = request.method === 'POST' && /^multipart\/form-data/i.test(request.headers['content-type'] ?? '');
    if (atBucket && isFormPost && /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) return upload(request, response, bucket);
    // The SDK signs in the Authorization header (s3rver takes it as is); a browser's download
    // link is signed in its query, and checked here as S3 would; nothing else gets in.
    if (!request.headers.authorization) {
      if (!isPresigned(url.searchParams)) return sendError(request, response, accessDenied('Access Denied'));
      try {
        const rawPath = (request.url ?? '/').split('?')[0] ?? '/';
        checkPresignedRequest({ method: request.method ?? 'GET', rawPath, query: url.searchParams, headers: request.headers }, options.credentials, options.region, options.clock.now());
      } catch (error) {
        if (error instanceof S3Error) return sendError(request, response, error);
        throw error;
      }
    }
    return proxy(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          agent.destroy();
          s3rver.destroy();
          resolve();
        });
      }),
  };
};
