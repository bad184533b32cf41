import { AppError } from '@motcua/platform';

/** What one person may upload in 24 hours (FILE_DAILY_MAX_COUNT, FILE_DAILY_MAX_BYTES); officers scanning at the counter are not bounded. */
export interface UploadQuota {
  maxCount: number;
  maxBytes: number;
}

const DEFAULT_UPLOAD_QUOTA: UploadQuota = { maxCount: 300, maxBytes: 100 * 1024 * 1024 };

export function uploadQuotaFromEnv(env: NodeJS.ProcessEnv): UploadQuota {
  const count = Number(env.FILE_DAILY_MAX_COUNT);
  const bytes = Number(env.FILE_DAILY_MAX_BYTES);
  return {
    maxCount: Number.isInteger(count) && count > 0 ? count : DEFAULT_UPLOAD_QUOTA.maxCount,
    maxBytes: Number.isInteger(bytes) && bytes > 0 ? bytes : DEFAULT_UPLOAD_QUOTA.maxBytes,
  };
}

/**
 * Refuses an upload past the day's allowance (issue 12: one citizen stored 200 MB attached to nothing), checked
 * before the body is read, with the time until the oldest upload of the window leaves it.
 */
export function assertWithinQuota(used: { count: number; bytes: number; oldest: Date | null }, quota: UploadQuota, now: Date): void {
  if (used.count < quota.maxCount && used.bytes < quota.maxBytes) return;
  const retryAfterSeconds = used.oldest ? Math.max(1, Math.ceil((used.oldest.getTime() + 86_400_000 - now.getTime()) / 1000)) : 86_400;
  throw new AppError('TOO_MANY_REQUESTS', {
    message: {
      vi: `Bạn đã tải lên tối đa ${quota.maxCount} tệp hoặc ${Math.round(quota.maxBytes / 1048576)} MB trong 24 giờ; vui lòng thử lại sau.`,
      en: `You have uploaded the most allowed in 24 hours (${quota.maxCount} files or ${Math.round(quota.maxBytes / 1048576)} MB); please try again later.`,
    },
    details: { retryAfterSeconds },
  });
}
