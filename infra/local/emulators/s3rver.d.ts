// s3rver ships no types; this is the part of its API the local stack uses.
declare module 's3rver' {
  import type { Server } from 'node:http';
  import type { AddressInfo } from 'node:net';
  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    allowMismatchedSignatures?: boolean;
    vhostBuckets?: boolean;
  }
  export default class S3rver {
    constructor(options: S3rverOptions);
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
    /** Where objects live on disk: an object's bytes are the file at `getResourcePath(bucket, key, 'object')`. */
    store: { getResourcePath(bucket: string, key: string, resource: string): string };
    /** The listening server while running. */
    httpServer?: Server;
  }
}
