import { gatewayUrl } from '../config';
import { ApiError } from '../errors/api-error';

/** What POST /files answers: the stored file's id (to attach to a dossier), its hash, sniffed type and size. */
export interface UploadedFile {
  id: string;
  sha256: string;
  mimeType: string;
  size: number;
}

export interface UploadOptions {
  token: string;
  /** Called with the share sent so far, 0 to 1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** An officer's scan of a paper document taken at the counter: the service marks the file digitised. */
  digitised?: boolean;
}

/** The gateway's limit (FILE_MAX_BYTES); checked before sending so a phone does not upload 30 MB to be told no. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const ACCEPTED_UPLOAD_TYPES = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';

function isUploadedFile(body: unknown): body is UploadedFile {
  const file = body as UploadedFile | null;
  return !!file && typeof file.id === 'string' && typeof file.size === 'number';
}

/**
 * Sends one file to `POST ${gateway}/files` (multipart field `file`). XMLHttpRequest rather than fetch: only it
 * reports upload progress, which a slow mobile connection needs. Rejects with ApiError (FILE_REJECTED …).
 */
export function uploadFile(file: Blob & { name?: string }, { token, onProgress, signal, digitised = false }: UploadOptions): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${gatewayUrl()}/files${digitised ? '?digitised=true' : ''}`);
    request.setRequestHeader('authorization', `Bearer ${token}`);
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      const body: unknown = request.response;
      if (request.status >= 200 && request.status < 300 && isUploadedFile(body)) {
        onProgress?.(1);
        resolve(body);
      } else if (request.status >= 200 && request.status < 300) {
        reject(ApiError.unexpectedResponse());
      } else {
        reject(ApiError.fromResponseBody(body, request.status));
      }
    };
    request.onerror = () => reject(ApiError.network());
    request.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file.name ?? 'tep');
    request.send(form);
  });
}

/** Hands a blob to the browser as a download named `fileName` (works on phones, unlike a pop-up after a request). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The download has started from the URL by now; keep it a little for slow devices, then free the memory.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
