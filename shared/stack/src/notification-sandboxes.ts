import { SmsSandbox } from './sms-sandbox';
import { SmtpSandbox } from './smtp-sandbox';
import { ZnsSandbox } from './zns-sandbox';

/** Where tests reach each sandbox's state and mode switch (GET /_sandbox/state, POST /_sandbox/mode). */
export interface MessagingSandboxUrls {
  zns: string;
  sms: string;
  smtp: string;
}

export interface MessagingSandboxes {
  /** The settings that point the dossiers service at the sandboxes (the same variables real providers use). */
  env: Record<string, string>;
  urls: MessagingSandboxUrls;
  /** Tells the ZNS sandbox where the OA's webhook is (on Zalo, a setting of the app). */
  connect(dossiersUrl: string): void;
  stop(): Promise<void>;
}

/** The sandbox OA's credentials: tests sign webhooks with them as Zalo would. */
export const ZALO_SANDBOX = { appId: 'sandbox-app', appSecret: 'sandbox-app-secret', oaSecretKey: 'sandbox-oa-secret' };
const SMS = { apiKey: 'sandbox-api-key', secretKey: 'sandbox-secret-key', brandname: 'MOTCUA' };

/** Zalo ZNS, a brandname SMS gateway and an SMTP server, local, for `npm start` and the tests. */
export async function startMessagingSandboxes(options: { tokenTtlSeconds?: number } = {}): Promise<MessagingSandboxes> {
  const zns = new ZnsSandbox({ ...ZALO_SANDBOX, tokenTtlSeconds: options.tokenTtlSeconds });
  const sms = new SmsSandbox({ apiKey: SMS.apiKey, secretKey: SMS.secretKey, brandnames: [SMS.brandname] });
  const smtp = new SmtpSandbox();
  await Promise.all([zns.start(), sms.start(), smtp.start()]);
  return {
    env: {
      ZALO_APP_ID: ZALO_SANDBOX.appId,
      ZALO_APP_SECRET: ZALO_SANDBOX.appSecret,
      ZALO_OA_SECRET_KEY: ZALO_SANDBOX.oaSecretKey,
      ZALO_REFRESH_TOKEN: zns.initialRefreshToken,
      ZALO_ZNS_API_URL: zns.url,
      ZALO_OAUTH_URL: zns.url,
      SMS_API_URL: sms.url,
      SMS_API_KEY: SMS.apiKey,
      SMS_SECRET_KEY: SMS.secretKey,
      SMS_BRANDNAME: SMS.brandname,
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Một Cửa <no-reply@motcua.local>',
    },
    urls: { zns: zns.url, sms: sms.url, smtp: smtp.controlUrl },
    connect(dossiersUrl) {
      zns.webhookUrl = `${dossiersUrl.replace(/\/graphql$/, '')}/notifications/zalo/webhook`;
    },
    async stop() {
      await Promise.all([zns.stop(), sms.stop(), smtp.stop()]);
    },
  };
}
