import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AwsV4Signer } from 'aws4fetch';

export interface S3SandboxOptions {
  buckets: string[];
  accessKeyId: string;
  secretAccessKey: string;
}

export interface S3SandboxRequest {
  method: string;
  path: string;
  status: number;
}

interface StoredObject {
  bytes: Buffer;
  contentType: string;
  etag: string;
}

const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

/**
 * A local stand-in for an S3-compatible object store (path-style GET, HEAD and PUT of objects), strict where
 * S3 is strict: Signature Version 4 is checked, the signed payload hash must match the body, unknown buckets
 * and keys answer with S3's XML errors. Objects live in memory; tests read them back to see what was stored.
 */
export class S3Sandbox {
  readonly requests: S3SandboxRequest[] = [];
  private readonly objects = new Map<string, StoredObject>();
  private server: Server | null = null;
  private endpointUrl = '';

  constructor(private readonly options: S3SandboxOptions) {}

  get endpoint(): string {
    return this.endpointUrl;
  }

  async start(): Promise<string> {
    const server = createServer((req, res) => {
      this.handle(req, res).catch(() => {
        if (!res.headersSent) xmlError(res, 500, 'InternalError', 'We encountered an internal error.');
      });
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    this.server = server;
    this.endpointUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.endpointUrl;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((done) => server.close(() => done()));
  }

  /** The bytes stored under `key` in `bucket`, or undefined. */
  object(bucket: string, key: string): Buffer | undefined {
    return this.objects.get(`${bucket}/${key}`)?.bytes;
  }

  keys(bucket: string): string[] {
    return [...this.objects.keys()].filter((k) => k.startsWith(`${bucket}/`)).map((k) => k.slice(bucket.length + 1));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    res.on('finish', () => this.requests.push({ method: req.method ?? '', path: url.pathname, status: res.statusCode }));

    const denied = await this.authenticate(req, url, body);
    if (denied) return xmlError(res, 403, denied.code, denied.message);

    const [bucket, ...rest] = decodeURIComponent(url.pathname).slice(1).split('/');
    const key = rest.join('/');
    if (!bucket || !this.options.buckets.includes(bucket)) return xmlError(res, 404, 'NoSuchBucket', 'The specified bucket does not exist.');
    if (!key) return xmlError(res, 501, 'NotImplemented', 'Only object operations are available here.');
    const id = `${bucket}/${key}`;

    switch (req.method) {
      case 'PUT': {
        const declared = header(req, 'x-amz-content-sha256');
        const actual = createHash('sha256').update(body).digest('hex');
        if (declared !== 'UNSIGNED-PAYLOAD' && declared !== actual) {
          return xmlError(res, 400, 'XAmzContentSHA256Mismatch', 'The provided x-amz-content-sha256 header does not match what was computed.');
        }
        const etag = `"${createHash('md5').update(body).digest('hex')}"`;
        this.objects.set(id, { bytes: body, contentType: header(req, 'content-type') || 'binary/octet-stream', etag });
        res.writeHead(200, { etag }).end();
        return;
      }
      case 'GET':
      case 'HEAD': {
        const found = this.objects.get(id);
        if (!found) {
          if (req.method === 'HEAD') return void res.writeHead(404).end();
          return xmlError(res, 404, 'NoSuchKey', 'The specified key does not exist.');
        }
        res.writeHead(200, { 'content-type': found.contentType, 'content-length': found.bytes.length, etag: found.etag });
        res.end(req.method === 'GET' ? found.bytes : undefined);
        return;
      }
      case 'DELETE':
        // As S3: 204 whether or not the object was there.
        this.objects.delete(id);
        res.writeHead(204).end();
        return;
      default:
        return xmlError(res, 501, 'NotImplemented', `${req.method} is not available here.`);
    }
  }

  /** Recomputes the request's Signature Version 4 from the headers it says it signed. */
  private async authenticate(req: IncomingMessage, url: URL, body: Buffer): Promise<{ code: string; message: string } | null> {
    const authorization = header(req, 'authorization');
    const parsed = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(authorization);
    if (!parsed) return { code: 'AccessDenied', message: 'Access Denied' };
    const [, accessKeyId, , region, signedHeaders, signature] = parsed;
    if (accessKeyId !== this.options.accessKeyId) {
      return { code: 'InvalidAccessKeyId', message: 'The AWS Access Key Id you provided does not exist in our records.' };
    }
    const datetime = header(req, 'x-amz-date');
    const signedAt = Date.parse(datetime.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z'));
    if (!Number.isFinite(signedAt) || Math.abs(Date.now() - signedAt) > MAX_CLOCK_SKEW_MS) {
      return { code: 'RequestTimeTooSkewed', message: 'The difference between the request time and the current time is too large.' };
    }
    const names = signedHeaders.split(';');
    const headers = Object.fromEntries(names.filter((n) => n !== 'host').map((n) => [n, header(req, n)]));
    const expected = new AwsV4Signer({
      method: req.method,
      url: url.toString(),
      headers,
      body: headers['x-amz-content-sha256'] ? undefined : body,
      accessKeyId,
      secretAccessKey: this.options.secretAccessKey,
      service: 's3',
      region,
      datetime,
      allHeaders: true,
    });
    if (expected.signedHeaders !== signedHeaders || (await expected.signature()) !== signature) {
      return { code: 'SignatureDoesNotMatch', message: 'The request signature we calculated does not match the signature you provided.' };
    }
    return null;
  }
}

function header(req: IncomingMessage, name: string): string {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => done(Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

function xmlError(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/xml' });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`);
}
