import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { callBack, SandboxHttpServer } from './sandbox-http';

export interface SmsSandboxOptions {
  apiKey: string;
  secretKey: string;
  brandnames: string[];
  deliveryDelayMs?: number;
}

export interface SmsSandboxMessage {
  smsId: string;
  requestId: string | null;
  phone: string;
  brandname: string;
  content: string;
  unicode: boolean;
  segments: number;
  receivedAt: string;
  reportStatus: number | null;
}

const GSM = /^[@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&'()*+,\-./0-9:;<=>?¡A-ZÄÖÑÜ§¿a-zäöñüà^{}\\[~\]|€]*$/;
/** Phones ending in 0404 are switched off: the delivery report says FAILED. */
const UNREACHABLE = /0404$/;
const MAX_SEGMENTS = 3;

function segments(content: string, unicode: boolean): number {
  const [single, multi] = unicode ? [70, 67] : [160, 153];
  return content.length <= single ? 1 : Math.ceil(content.length / multi);
}

/**
 * A local brandname SMS gateway speaking the shape Vietnamese providers use (eSMS's
 * POST /MainService.svc/json/SendMultipleMessage_V4_post_json/): ApiKey and SecretKey, a registered Brandname,
 * SmsType 2 (customer care), IsUnicode 0 (GSM text only) or 1, RequestId (a repeat is not sent twice), and
 * CallbackUrl, which gets the delivery report. CodeResult "100" is success; other codes are errors.
 */
export class SmsSandbox {
  readonly messages: SmsSandboxMessage[] = [];
  replays = 0;
  private readonly byRequestId = new Map<string, SmsSandboxMessage>();
  private readonly http: SandboxHttpServer;

  constructor(private readonly options: SmsSandboxOptions) {
    this.http = new SandboxHttpServer(
      (req, body, url) => this.route(req, body, url),
      () => ({ messages: this.messages, replays: this.replays }),
    );
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
    if (req.method !== 'POST' || url.pathname !== '/MainService.svc/json/SendMultipleMessage_V4_post_json/') return null;
    let r: Record<string, unknown>;
    try {
      r = JSON.parse(body.toString());
    } catch {
      return error('99', 'Request body is not JSON');
    }
    if (r.ApiKey !== this.options.apiKey || r.SecretKey !== this.options.secretKey) return error('101', 'Authorize failed');
    if (!this.options.brandnames.includes(String(r.Brandname ?? ''))) return error('104', 'Brandname does not exist or is not registered');
    if (r.SmsType !== '2') return error('118', 'SmsType is not valid');
    const phone = String(r.Phone ?? '');
    if (!/^(84|0)[35789]\d{8}$/.test(phone)) return error('119', 'Phone number is not valid');
    const content = String(r.Content ?? '');
    const unicode = r.IsUnicode === '1';
    if (!content.trim()) return error('99', 'Content is empty');
    if (!unicode && !GSM.test(content)) return error('146', 'Content has characters outside GSM while IsUnicode is 0');
    const parts = segments(content, unicode);
    if (parts > MAX_SEGMENTS) return error('145', `Content is longer than ${MAX_SEGMENTS} parts`);
    const requestId = typeof r.RequestId === 'string' && r.RequestId ? r.RequestId : null;
    const seen = requestId ? this.byRequestId.get(requestId) : undefined;
    if (seen) {
      this.replays++;
      return { status: 200, json: { CodeResult: '100', SMSID: seen.smsId, CountRegenerate: 0 } };
    }
    const message: SmsSandboxMessage = {
      smsId: randomBytes(16).toString('hex'),
      requestId,
      phone,
      brandname: String(r.Brandname),
      content,
      unicode,
      segments: parts,
      receivedAt: new Date().toISOString(),
      reportStatus: null,
    };
    this.messages.push(message);
    if (requestId) this.byRequestId.set(requestId, message);
    const callbackUrl = typeof r.CallbackUrl === 'string' ? r.CallbackUrl : null;
    if (callbackUrl) setTimeout(() => void this.report(message, callbackUrl), this.options.deliveryDelayMs ?? 50);
    return { status: 200, json: { CodeResult: '100', SMSID: message.smsId, CountRegenerate: 0 } };
  }

  /** The operator's delivery report, POSTed to the message's CallbackUrl. */
  private async report(message: SmsSandboxMessage, callbackUrl: string): Promise<void> {
    const failed = UNREACHABLE.test(message.phone);
    const body = JSON.stringify({
      SMSID: message.smsId,
      RequestId: message.requestId,
      SendStatus: failed ? 'FAILED' : 'DELIVERED',
      ErrorMessage: failed ? 'Subscriber unreachable' : null,
      Telco: 'sandbox',
    });
    message.reportStatus = await callBack(callbackUrl, body, {});
  }
}

function error(code: string, message: string): { status: number; json: unknown } {
  return { status: 200, json: { CodeResult: code, ErrorMessage: message } };
}
