import { createHmac } from 'node:crypto';
import { secretOf, subgraphUrlVariable } from '@motcua/platform';
import { NotificationChannel } from '../entities/notification.entity';
import { parseQuietHours, type QuietHours } from './domain/quiet-hours';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './domain/retry-policy';

export interface ZaloSettings {
  apiUrl: string;
  oauthUrl: string;
  appId: string;
  appSecret: string;
  /** The OA's secret key: what Zalo signs webhooks with (not the app secret). */
  oaSecretKey: string;
  refreshToken: string;
  templateIds: Record<string, string>;
  perSecond: number;
}

export interface SmsSettings {
  apiUrl: string;
  apiKey: string;
  secretKey: string;
  brandname: string;
  unicode: boolean;
  maxSegments: number;
  perSecond: number;
}

export interface SmtpSettings {
  url: string;
  from: string;
  perSecond: number;
}

export interface NotificationSettings {
  portalUrl: string;
  /** Where providers reach this service's webhooks (a public address in production). */
  callbackBaseUrl: string;
  callbackSecret: string;
  quietHours: QuietHours | null;
  retry: RetryPolicy;
  timeoutMs: number;
  zalo: ZaloSettings | null;
  sms: SmsSettings | null;
  smtp: SmtpSettings | null;
}

function number(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return value && Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

/** "dossier.received=123456,dossier.returned=123457" → per-template ZNS ids that replace the defaults. */
function templateIds(value: string | undefined): Record<string, string> {
  return Object.fromEntries(
    (value ?? '')
      .split(',')
      .map((pair) => pair.split('=').map((s) => s.trim()))
      .filter(([key, id]) => key && id),
  );
}

export function notificationSettingsFrom(env: NodeJS.ProcessEnv): NotificationSettings {
  const dossiersUrl = env[subgraphUrlVariable('dossiers')]?.replace(/\/graphql$/, '') ?? `http://127.0.0.1:${env.PORT ?? 4002}`;
  return {
    portalUrl: env.PUBLIC_PORTAL_URL ?? 'http://localhost:8080',
    callbackBaseUrl: (env.NOTIFY_CALLBACK_BASE_URL ?? dossiersUrl).replace(/\/+$/, ''),
    callbackSecret: createHmac('sha256', secretOf(env)).update('notification-callbacks').digest('hex'),
    quietHours: parseQuietHours(env.NOTIFY_QUIET_HOURS ?? '21:00-07:00'),
    retry: {
      baseMs: number(env.NOTIFY_RETRY_BASE_MS, DEFAULT_RETRY_POLICY.baseMs),
      maxMs: number(env.NOTIFY_RETRY_MAX_MS, DEFAULT_RETRY_POLICY.maxMs),
      maxAttempts: number(env.NOTIFY_MAX_ATTEMPTS, DEFAULT_RETRY_POLICY.maxAttempts),
    },
    timeoutMs: number(env.NOTIFY_TIMEOUT_MS, 10_000),
    zalo:
      env.ZALO_APP_ID && env.ZALO_REFRESH_TOKEN
        ? {
            apiUrl: (env.ZALO_ZNS_API_URL ?? 'https://business.openapi.zalo.me').replace(/\/+$/, ''),
            oauthUrl: (env.ZALO_OAUTH_URL ?? 'https://oauth.zaloapp.com').replace(/\/+$/, ''),
            appId: env.ZALO_APP_ID,
            appSecret: env.ZALO_APP_SECRET ?? '',
            oaSecretKey: env.ZALO_OA_SECRET_KEY ?? '',
            refreshToken: env.ZALO_REFRESH_TOKEN,
            templateIds: templateIds(env.ZALO_TEMPLATE_IDS),
            perSecond: number(env.ZALO_RATE_PER_SECOND, 10),
          }
        : null,
    sms:
      env.SMS_API_URL && env.SMS_API_KEY
        ? {
            apiUrl: env.SMS_API_URL.replace(/\/+$/, ''),
            apiKey: env.SMS_API_KEY,
            secretKey: env.SMS_SECRET_KEY ?? '',
            brandname: env.SMS_BRANDNAME ?? 'MOTCUA',
            unicode: env.SMS_UNICODE === 'true',
            maxSegments: number(env.SMS_MAX_SEGMENTS, 3),
            perSecond: number(env.SMS_RATE_PER_SECOND, 20),
          }
        : null,
    smtp: env.SMTP_URL ? { url: env.SMTP_URL, from: env.MAIL_FROM ?? 'Một Cửa <no-reply@motcua.local>', perSecond: number(env.SMTP_RATE_PER_SECOND, 10) } : null,
  };
}

let cached: NotificationSettings | null = null;

/** This process's settings (read once: the queue is written from deep inside the workflow's transaction). */
export function notificationSettings(): NotificationSettings {
  cached ??= notificationSettingsFrom(process.env);
  return cached;
}

export function configuredChannels(settings: NotificationSettings): Set<NotificationChannel> {
  const channels = new Set<NotificationChannel>();
  if (settings.zalo) channels.add(NotificationChannel.ZALO);
  if (settings.sms) channels.add(NotificationChannel.SMS);
  if (settings.smtp) channels.add(NotificationChannel.EMAIL);
  return channels;
}

/** The signature an SMS delivery-report URL carries: the gateway echoes the URL, so only we can make one. */
export function callbackSignature(settings: Pick<NotificationSettings, 'callbackSecret'>, notificationId: string): string {
  return createHmac('sha256', settings.callbackSecret).update(notificationId).digest('hex').slice(0, 32);
}
