import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { AwsClient } from 'aws4fetch';
import type { FileStorage } from './file-storage';
import { assertStorageKey } from './storage-key';

export interface S3Settings {
  /** Path-style endpoint, e.g. http://minio:9000 or https://s3.ap-southeast-1.amazonaws.com. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** A storage failure the caller cannot fix: logged with the store's answer, shown as UNAVAILABLE. */
export class StorageUnavailableError extends Error {}

/**
 * Files in an S3-compatible object store (AWS S3, MinIO, Viettel/FPT/VNPT object storage), signed with
 * Signature Version 4. Objects are keyed by SHA-256 like the local store, so a repeated upload is a HEAD.
 */
export class S3FileStorage implements FileStorage {
  private readonly client: AwsClient;
  private readonly base: string;

  constructor(settings: S3Settings) {
    this.client = new AwsClient({ accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey, service: 's3', region: settings.region, retries: 2 });
    this.base = `${settings.endpoint.replace(/\/+$/, '')}/${encodeURIComponent(settings.bucket)}`;
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    // Bytes in memory can be sent again: the client's own retries apply.
    await this.upload(
      key,
      (url, init) => this.client.fetch(url, init),
      () => new Uint8Array(bytes),
      bytes.length,
    );
  }

  async putFile(key: string, path: string): Promise<void> {
    const { size } = await stat(path);
    // A streamed body cannot be replayed: signed and sent once.
    const once = async (url: string, init: RequestInit) => fetch(await this.client.sign(url, init));
    await this.upload(key, once, () => Readable.toWeb(createReadStream(path)) as ReadableStream, size);
  }

  /** HEAD first (objects are named by content: one there already is this one), then the body, opened only if sent. */
  private async upload(key: string, send: (url: string, init: RequestInit) => Promise<Response>, body: () => BodyInit, size: number): Promise<void> {
    const url = this.urlOf(key);
    const head = await this.client.fetch(url, { method: 'HEAD' });
    if (head.ok) return;
    if (head.status !== 404) throw await failure('HEAD', head);
    // The key is the content's SHA-256, so it doubles as the signed payload hash the store checks.
    const answer = await send(url, {
      method: 'PUT',
      body: body(),
      headers: { 'x-amz-content-sha256': key, 'content-type': 'application/octet-stream', 'content-length': String(size) },
    });
    if (!answer.ok) throw await failure('PUT', answer);
  }

  async read(key: string): Promise<Readable> {
    const answer = await this.client.fetch(this.urlOf(key));
    if (!answer.ok || !answer.body) throw await failure('GET', answer);
    return Readable.fromWeb(answer.body as WebReadableStream<Uint8Array>);
  }

  async delete(key: string): Promise<void> {
    const answer = await this.client.fetch(this.urlOf(key), { method: 'DELETE' });
    if (!answer.ok && answer.status !== 404) throw await failure('DELETE', answer);
  }

  private urlOf(key: string): string {
    assertStorageKey(key);
    return `${this.base}/${key.slice(0, 2)}/${key}`;
  }
}

async function failure(operation: string, answer: Response): Promise<StorageUnavailableError> {
  const text = await answer.text().catch(() => '');
  const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? '';
  return new StorageUnavailableError(`object store ${operation} answered ${answer.status} ${code}`.trim());
}
