import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { callBack, SandboxHttpServer } from './sandbox-http';

export interface ZnsSandboxOptions {
  appId: string;
  appSecret: string;
  oaSecretKey: string;
  /** How long an access token lives (Zalo: about 25 hours). */
  tokenTtlSeconds?: number;
  /** Wait before the phone "receives" a message and the webhook is called. */
  deliveryDelayMs?: number;
}

export interface ZnsSandboxMessage {
  msgId: string;
  trackingId: string | null;
  phone: string;
  templateId: string;
  templateData: Record<string, string>;
  receivedAt: string;
  /** HTTP status the webhook got (null until called). */
  webhookStatus: number | null;
}

/** Zalo's ZNS error codes the sandbox answers with. */
const ERR = {
  TOKEN: { error: -124, message: 'Access token is invalid' },
  PHONE: { error: -108, message: 'Phone number is invalid' },
  NO_ZALO: { error: -118, message: 'Zalo account does not exist or is disabled' },
  TEMPLATE: { error: -109, message: 'Template id is invalid' },
  DATA: { error: -112, message: 'Template data is invalid' },
};

/** Phones whose last four digits are 0000 have no Zalo account in the sandbox. */
const NO_ZALO_PHONE = /0000$/;

/**
 * A local Zalo Notification Service: the OA token endpoint (POST /v4/oa/access_token: secret_key header, form
 * app_id, refresh_token, grant_type=refresh_token; each refresh token works once), the template message API
 * (POST /message/template, `access_token` header, { phone, template_id, template_data, tracking_id }) with
 * ZNS error codes, and the "user_received_message" webhook signed as Zalo signs it (X-ZEvent-Signature: mac=
 * SHA-256 of app id + body + timestamp + OA secret key). A tracking_id seen before is answered with the first
 * msg_id and not delivered again; the replay is counted, so tests can tell a retry from a double.
 */
export class ZnsSandbox {
  readonly initialRefreshToken = `sandbox-refresh-${randomBytes(8).toString('hex')}`;
  webhookUrl: string | null = null;
  readonly messages: ZnsSandboxMessage[] = [];
  replays = 0;
  refreshes = 0;
  private readonly refreshTokens = new Set<string>([this.initialRefreshToken]);
  private readonly accessTokens = new Map<string, number>();
  private readonly byTrackingId = new Map<string, ZnsSandboxMessage>();
  private readonly http: SandboxHttpServer;

  constructor(private readonly options: ZnsSandboxOptions) {
    this.http = new SandboxHttpServer(
      (req, body, url) => this.route(req, body, url),
      () => ({ messages: this.messages, replays: this.replays, refreshes: this.refreshes }),
    );
    this.http.handleControl = (path) => {
      if (path !== '/_sandbox/expire-tokens') return false;
      this.accessTokens.clear();
      return true;
    };
  }

  get url(): string {
    return this.http.url;
  }

  start(): Promise<string> {
    return this.http.start();
  }

  stop(): Promise<void> {
    return this.http.stop();
  }

  private async route(req: IncomingMessage, body: Buffer, url: URL): Promise<{ status: number; json: unknown } | null> {
    if (req.method !== 'POST') return null;
    if (url.pathname === '/v4/oa/access_token') return this.refresh(req, body);
    if (url.pathname === '/message/template') return this.send(req, body);
    return null;
  }

  private refresh(req: IncomingMessage, body: Buffer): { status: number; json: unknown } {
    const form = new URLSearchParams(body.toString());
    if (req.headers.secret_key !== this.options.appSecret || form.get('app_id') !== this.options.appId) {
      return { status: 200, json: { error: -14014, error_name: 'Invalid app_id or secret_key' } };
    }
    const refreshToken = form.get('refresh_token') ?? '';
    if (form.get('grant_type') !== 'refresh_token' || !this.refreshTokens.delete(refreshToken)) {
      return { status: 200, json: { error: -14020, error_name: 'Invalid refresh_token (unknown, used or expired)' } };
    }
    this.refreshes++;
    const ttl = this.options.tokenTtlSeconds ?? 90_000;
    const accessToken = `sandbox-access-${randomBytes(12).toString('hex')}`;
    const next = `sandbox-refresh-${randomBytes(12).toString('hex')}`;
    this.accessTokens.set(accessToken, Date.now() + ttl * 1000);
    this.refreshTokens.add(next);
    return { status: 200, json: { access_token: accessToken, refresh_token: next, expires_in: String(ttl) } };
  }

  private send(req: IncomingMessage, body: Buffer): { status: number; json: unknown } {
    const token = String(req.headers.access_token ?? '');
    const expiry = this.accessTokens.get(token);
    if (!expiry || expiry < Date.now()) return { status: 200, json: ERR.TOKEN };
    let request: { phone?: unknown; template_id?: unknown; template_data?: unknown; tracking_id?: unknown };
    try {
      request = JSON.parse(body.toString());
    } catch {
      return { status: 200, json: ERR.DATA };
    }
    const phone = String(request.phone ?? '');
    if (!/^84[35789]\d{8}$/.test(phone)) return { status: 200, json: ERR.PHONE };
    if (!/^\d+$/.test(String(request.template_id ?? ''))) return { status: 200, json: ERR.TEMPLATE };
    const data = request.template_data;
    const valid = !!data && typeof data === 'object' && Object.values(data).length > 0 && Object.values(data).every((v) => typeof v === 'string' && v.trim() && v.length <= 200);
    if (!valid) return { status: 200, json: ERR.DATA };
    if (NO_ZALO_PHONE.test(phone)) return { status: 200, json: ERR.NO_ZALO };
    const trackingId = typeof request.tracking_id === 'string' ? request.tracking_id : null;
    const seen = trackingId ? this.byTrackingId.get(trackingId) : undefined;
    if (seen) {
      this.replays++;
      return { status: 200, json: success(seen) };
    }
    const message: ZnsSandboxMessage = {
      msgId: createHash('sha1').update(randomBytes(16)).digest('hex').slice(0, 20),
      trackingId,
      phone,
      templateId: String(request.template_id),
      templateData: data as Record<string, string>,
      receivedAt: new Date().toISOString(),
      webhookStatus: null,
    };
    this.messages.push(message);
    if (trackingId) this.byTrackingId.set(trackingId, message);
    setTimeout(() => void this.deliver(message), this.options.deliveryDelayMs ?? 500);
    return { status: 200, json: success(message) };
  }

  /** The phone got it: Zalo calls the OA's webhook with user_received_message. */
  private async deliver(message: ZnsSandboxMessage): Promise<void> {
    if (!this.webhookUrl) return;
    const timestamp = String(Date.now());
    const body = JSON.stringify({
      app_id: this.options.appId,
      oa_id: 'sandbox-oa',
      event_name: 'user_received_message',
      timestamp,
      message: { msg_id: message.msgId, tracking_id: message.trackingId, delivery_time: timestamp },
    });
    const signature = `mac=${createHash('sha256').update(`${this.options.appId}${body}${timestamp}${this.options.oaSecretKey}`).digest('hex')}`;
    message.webhookStatus = await callBack(this.webhookUrl, body, { 'x-zevent-signature': signature });
  }
}

function success(message: ZnsSandboxMessage): unknown {
  return { error: 0, message: 'Success', data: { msg_id: message.msgId, sent_time: String(Date.parse(message.receivedAt)), quota: { dailyQuota: '1000000', remainingQuota: '999999' } } };
}
