import { AppError } from '@motcua/platform';

/** What citizens and counters may attach: scans and PDFs. */
const ACCEPTED_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface AcceptedFile {
  sha256: string;
  mimeType: string;
  size: number;
}

/** How much of a file the type sniffing reads: file-type's own sample size. */
export const SNIFF_BYTES = 4100;

/** An upload as it was received (streamed to disk): its first bytes, its size and its SHA-256. */
export interface ReceivedContent {
  head: Buffer;
  size: number;
  sha256: string;
}

/**
 * Checks an upload by its content, never by its name or declared type: a renamed .exe is not a PDF.
 */
export async function inspectUpload(content: ReceivedContent, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<AcceptedFile> {
  if (content.size === 0) throw rejected('EMPTY', 'Tệp rỗng.', 'The file is empty.');
  if (content.size > maxBytes) {
    const mb = Math.round(maxBytes / 1024 / 1024);
    throw rejected('TOO_LARGE', `Tệp vượt quá ${mb} MB.`, `The file is larger than ${mb} MB.`);
  }
  const { fileTypeFromBuffer } = await import('file-type');
  const detected = await fileTypeFromBuffer(content.head);
  if (!detected || !ACCEPTED_TYPES[detected.mime]) {
    throw rejected('UNSUPPORTED_TYPE', 'Chỉ nhận tệp PDF, JPEG hoặc PNG (nội dung tệp không đúng định dạng).', 'Only PDF, JPEG or PNG files are accepted (the content is not one of them).');
  }
  return { sha256: content.sha256, mimeType: detected.mime, size: content.size };
}

function rejected(reason: string, vi: string, en: string): AppError {
  return new AppError('FILE_REJECTED', { message: { vi, en }, details: { reason } });
}
