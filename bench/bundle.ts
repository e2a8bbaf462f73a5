import { writeFile } from 'node:fs/promises';
import { build, type BuildOptions } from 'esbuild';
import type { Uses } from '#functions/routes.js';
import { functionBuildOptions } from '#infra/aws/function-bundles.js';

/**
 * The CDK app's esbuild options (infra/aws/function-bundles.ts), one entry and one file at a time:
 * a bench bundle is the bundle Lambda runs. (`outExtension` names the app's outputs in a folder.)
 */
const { outExtension: _outExtension, ...oneFile } = functionBuildOptions;
export const lambdaBundleOptions: BuildOptions = oneFile;

/** A bundle's size, and the bytes each module it is made of takes in it (esbuild's metafile). */
export interface BundleContents {
  bytes: number;
  inputs: Record<string, number>;
}

/** One function's bundle and what it is made of; with `sourceMap`, a .map file beside it, as the CDK app deploys it (hub-function.ts). */
export const bundleContents = async (entry: string, outfile: string, sdk: 'bundled' | 'external', sourceMap = false): Promise<BundleContents> => {
  const result = await build({
    ...lambdaBundleOptions,
    entryPoints: [entry],
    outfile,
    metafile: true,
    logLevel: 'silent',
    sourcemap: sourceMap,
    external: sdk === 'external' ? ['@aws-sdk/*', '@smithy/*'] : [],
  });
  const output = Object.entries(result.metafile?.outputs ?? {}).find(([path]) => !path.endsWith('.map'))?.[1];
  return { bytes: output?.bytes ?? 0, inputs: Object.fromEntries(Object.entries(output?.inputs ?? {}).map(([input, { bytesInOutput }]) => [input, bytesInOutput])) };
};

/** One function's bundle size; with `sourceMap`, a .map file beside it, as the CDK app deploys it (hub-function.ts). */
export const bundleFunction = async (entry: string, outfile: string, sdk: 'bundled' | 'external', sourceMap = false) =>
  (await bundleContents(entry, outfile, sdk, sourceMap)).bytes;

/**
 * What a bundle carries that its floor does not, largest first, by package (node_modules/<name>)
 * or by the project's own file: where a function's bytes over its floor go.
 */
export const beyondFloor = (bundle: BundleContents, floor: BundleContents, count = 3): string => {
  const inFloor = new Set(Object.keys(floor.inputs));
  const bytes = new Map<string, number>();
  for (const [input, size] of Object.entries(bundle.inputs)) {
    if (inFloor.has(input) || size === 0) continue;
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? input;
    bytes.set(name, (bytes.get(name) ?? 0) + size);
  }
  return [...bytes]
    .sort(([, a], [, b]) => b - a)
    .slice(0, count)
    .map(([name, size]) => `${name} ${(size / 1024).toFixed(1)}`)
    .join(', ');
};

/** An SDK import the floor entry makes, and the expression that keeps it in the bundle. */
interface SdkPart {
  imports: string;
  value: string;
}

const dynamoDb: SdkPart = {
  imports: "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nimport { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';",
  value: 'DynamoDBDocumentClient.from(new DynamoDBClient({}))',
};
const s3: SdkPart = { imports: "import { S3Client } from '@aws-sdk/client-s3';", value: 'new S3Client({})' };
const presignedPost: SdkPart = { imports: "import { createPresignedPost } from '@aws-sdk/s3-presigned-post';", value: 'createPresignedPost' };
const presignedUrl: SdkPart = { imports: "import { getSignedUrl } from '@aws-sdk/s3-request-presigner';", value: 'getSignedUrl' };
const multipartUpload: SdkPart = { imports: "import { Upload } from '@aws-sdk/lib-storage';", value: 'Upload' };
const ses: SdkPart = { imports: "import { SESClient } from '@aws-sdk/client-ses';", value: 'new SESClient({})' };

/**
 * What a function's adapters take from the SDK for what its route table entry says it uses: the
 * document client over DynamoDB (adapters/dynamodb/client.ts), the S3 client and the presigner
 * each kind of document access calls (adapters/s3/: offers sign POSTs, read signs download links,
 * exports stream a multipart upload and link it), the SES client.
 */
export const sdkPartsFor = (uses: Uses): SdkPart[] => [
  ...(uses.table ? [dynamoDb] : []),
  ...(uses.documents ? [s3] : []),
  ...(uses.documents === 'offers' ? [presignedPost] : []),
  ...(uses.documents === 'read' ? [presignedUrl] : []),
  ...(uses.documents === 'exports' ? [multipartUpload, presignedUrl] : []),
  ...(uses.email ? [ses] : []),
];

/**
 * The floor of a function's bundle: an entry that imports and constructs only the SDK clients
 * (and presigners) the function uses, and does nothing else, bundled as `bundleFunction` bundles
 * it. The entry is written beside `outfile`, which must lie inside the project so the SDK resolves.
 */
export const bundleSdkFloorContents = async (uses: Uses, outfile: string, sourceMap = false): Promise<BundleContents> => {
  const parts = sdkPartsFor(uses);
  const entry = outfile.replace(/\.mjs$/, '.floor.ts');
  await writeFile(entry, [...parts.map((part) => part.imports), `const used = [${parts.map((part) => part.value).join(', ')}];`, 'export const handler = async () => used.length;', ''].join('\n'));
  return bundleContents(entry, outfile, 'bundled', sourceMap);
};

/** The floor's size alone. */
export const bundleSdkFloor = async (uses: Uses, outfile: string, sourceMap = false): Promise<number> => (await bundleSdkFloorContents(uses, outfile, sourceMap)).bytes;
