import type { Express, Request, Response } from 'express';
import Busboy from 'busboy';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AppError, hasRole, sendRouteError, signedInCaller, type Caller, type ServiceDeps } from '@motcua/platform';
import { DossierDocument } from '../entities/dossier-document.entity';
import { StoredFile } from '../entities/stored-file.entity';
import { canSeePersonalData } from '../services/dossier-access';
import { DEFAULT_MAX_FILE_BYTES, inspectUpload, type ReceivedContent, SNIFF_BYTES } from './file-intake';
import type { FileStorage } from './file-storage';
import { lockStorageKey } from './orphan-files';
import { StorageUnavailableError } from './s3-file-storage';
import { assertWithinQuota, uploadQuotaFromEnv, type UploadQuota } from './upload-quota';

/** The caller's uploads of the last 24 hours, against the day's allowance. */
async function checkDailyQuota(deps: ServiceDeps, caller: Caller, quota: UploadQuota): Promise<void> {
  const now = new Date();
  const since = new Date(now.getTime() - 86_400_000);
  const [used] = await deps.orm.em
    .fork()
    .getConnection()
    .execute<{ count: string; bytes: string | null; oldest: Date | null }[]>(
      'select count(*) as count, sum(size) as bytes, min(created_at) as oldest from dossiers.stored_file where owner_subject = ? and digitised = false and created_at > ?',
      [caller.subject, since],
    );
  assertWithinQuota({ count: Number(used.count), bytes: Number(used.bytes ?? 0), oldest: used.oldest ? new Date(used.oldest) : null }, quota, now);
}

/**
 * POST /files (multipart field `file`, bearer token) → { id, sha256, mimeType, size }.
 * An officer's upload with `?digitised=true` is a scan of paper taken at the counter.
 * GET /files/:id streams a file to whoever may see the dossier it belongs to (or its uploader).
 */
export function mountFileRoutes(app: Express, deps: ServiceDeps, storage: FileStorage): void {
  const maxBytes = Number(deps.env.FILE_MAX_BYTES ?? DEFAULT_MAX_FILE_BYTES);
  const quota = uploadQuotaFromEnv(deps.env);

  app.post('/files', async (req, res) => {
    try {
      const caller = await signedInCaller(req, deps.verify);
      if (!hasRole(caller, 'INTAKE', 'HANDLER', 'APPROVER')) await checkDailyQuota(deps, caller, quota);
      const upload = await receiveFile(req, maxBytes);
      try {
        const inspected = await inspectUpload(upload, maxBytes);
        const officer = hasRole(caller, 'INTAKE', 'HANDLER', 'APPROVER');
        // The transfer to the store holds no database connection; under the content's lock the object is then
        // checked again (a no-op unless the orphan sweep removed the last copy meanwhile) and its row written.
        await storage.putFile(inspected.sha256, upload.path);
        const file = await deps.orm.em.fork().transactional(async (tx) => {
          await lockStorageKey(tx, inspected.sha256);
          await storage.putFile(inspected.sha256, upload.path);
          return tx.create(StoredFile, {
            ...inspected,
            originalName: upload.name.slice(0, 200),
            ownerSubject: caller.subject,
            applicantSubject: hasRole(caller, 'CITIZEN') ? caller.subject : null,
            storageKey: inspected.sha256,
            digitised: officer && req.query.digitised === 'true',
          });
        });
        res.status(201).json({ id: file.id, sha256: file.sha256, mimeType: file.mimeType, size: file.size });
      } finally {
        await rm(upload.path, { force: true });
      }
    } catch (err) {
      sendError(res, err, deps);
    }
  });

  app.get('/files/:id', async (req, res) => {
    try {
      const caller = await signedInCaller(req, deps.verify);
      const em = deps.orm.em.fork();
      const file = /^[0-9a-f-]{36}$/.test(req.params.id) ? await em.findOne(StoredFile, { id: req.params.id }) : null;
      if (!file) throw new AppError('NOT_FOUND');
      if (!(await maySee(caller, file, em))) throw new AppError('FORBIDDEN');
      const bytes = await storage.read(file.storageKey);
      for (const [name, value] of Object.entries(servedFileHeaders(file))) res.setHeader(name, value);
      // Headers are gone by now: a store that fails mid-file can only cut the response short.
      bytes.once('error', (err) => {
        deps.log.error({ err, fileId: file.id }, 'file stream failed');
        res.destroy(err);
      });
      bytes.pipe(res);
    } catch (err) {
      sendError(res, err, deps);
    }
  });
}

async function maySee(caller: Caller, file: StoredFile, em: ReturnType<ServiceDeps['orm']['em']['fork']>): Promise<boolean> {
  if (file.ownerSubject === caller.subject || file.applicantSubject === caller.subject || hasRole(caller, 'ADMIN')) return true;
  const uses = await em.find(DossierDocument, { file }, { populate: ['dossier'] });
  return uses.some((u) => canSeePersonalData(caller, u.dossier));
}

interface ReceivedFile extends ReceivedContent {
  name: string;
  /** The bytes, in a private temporary file the caller removes. */
  path: string;
}

/** Where uploads are written while they arrive; readable by the service's user only. */
const RECEIVING_DIR = join(tmpdir(), 'motcua-uploads');

/**
 * Streams the multipart field `file` to a temporary file, hashing it and keeping its first bytes for the type check
 * on the way (issue 12: 40 uploads held whole in memory took the service from 200 to 746 MB). Past `maxBytes` the
 * stream is cut, and the size tells the check it was too large.
 */
function receiveFile(req: Request, maxBytes: number): Promise<ReceivedFile> {
  return new Promise((resolve, reject) => {
    let busboy: ReturnType<typeof Busboy>;
    try {
      busboy = Busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes + 1, fields: 5 } });
    } catch {
      return reject(new AppError('BAD_REQUEST', { message: { vi: 'Cần gửi tệp dạng multipart/form-data, trường "file".', en: 'Send the file as multipart/form-data in the field "file".' } }));
    }
    let found: Promise<ReceivedFile> | null = null;
    busboy.on('file', (field, stream, info) => {
      if (field !== 'file') return stream.resume();
      found = (async () => {
        await mkdir(RECEIVING_DIR, { recursive: true, mode: 0o700 });
        const path = join(RECEIVING_DIR, randomUUID());
        const hash = createHash('sha256');
        const head: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          hash.update(chunk);
          if (size < SNIFF_BYTES) head.push(chunk.subarray(0, SNIFF_BYTES - size));
          size += chunk.length;
        });
        await pipeline(stream, createWriteStream(path, { mode: 0o600 }));
        return { name: info.filename || 'tep', path, size, sha256: hash.digest('hex'), head: Buffer.concat(head) };
      })();
    });
    busboy.on('error', () => reject(new AppError('BAD_REQUEST')));
    busboy.on('close', () => {
      if (!found) return reject(new AppError('VALIDATION_FAILED', { message: { vi: 'Chưa có tệp trong trường "file".', en: 'No file in the field "file".' } }));
      found.then(resolve, reject);
    });
    req.pipe(busboy);
  });
}

function sendError(res: Response, err: unknown, deps: ServiceDeps): void {
  sendRouteError(res, err, deps.log, 'file route failed', (e) => (e instanceof StorageUnavailableError ? 'UNAVAILABLE' : 'INTERNAL'));
}

/**
 * Headers of a stored file served back: its sniffed type, never re-sniffed by the browser (nosniff), and a name
 * that cannot break out of the header (an ASCII fallback for old browsers, the UTF-8 name encoded).
 */
export function servedFileHeaders(file: Pick<StoredFile, 'mimeType' | 'size' | 'originalName'>): Record<string, string> {
  const fallback =
    file.originalName
      .normalize('NFD')
      .replace(/[^\w.-]+/g, '_')
      .slice(0, 120) || 'file';
  return {
    'content-type': file.mimeType,
    'content-length': String(file.size),
    'content-disposition': `inline; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, max-age=3600',
  };
}
