import { DossierStatus } from '../domain/dossier-state';

/**
 * Every message citizens receive, in one place for review: the text in Vietnamese and English, the e-mail
 * subject, the parameters it needs, the page its link opens, and the ZNS template it maps to. A ZNS template's
 * wording is approved by Zalo and lives on Zalo's side: only its parameters travel, so the Vietnamese text here
 * must say the same as the approved template (the ids are the OA's; replace them with yours in ZALO_TEMPLATE_IDS).
 */

export type TemplateParam = 'code' | 'link' | 'dueDate';
export type Locale = 'vi' | 'en';

/** The portal page where the citizen acts on the message. */
export type PortalAction = 'follow' | 'pay' | 'supplement' | 'download' | 'rate' | 'reason';

export interface MessageTemplate {
  key: string;
  status: DossierStatus;
  znsTemplateId: string;
  /** Urgent messages ignore quiet hours. */
  urgent: boolean;
  action: PortalAction;
  params: readonly TemplateParam[];
  subject: Record<Locale, string>;
  text: Record<Locale, string>;
}

export const MESSAGE_TEMPLATES: readonly MessageTemplate[] = [
  {
    key: 'dossier.submitted',
    status: DossierStatus.SUBMITTED,
    znsTemplateId: '410001',
    urgent: false,
    action: 'follow',
    params: ['code', 'link'],
    subject: { vi: 'Hồ sơ {code} đã được nộp', en: 'Dossier {code} submitted' },
    text: { vi: 'Hồ sơ {code} đã được nộp trực tuyến. Theo dõi: {link}', en: 'Dossier {code} was submitted online. Follow it: {link}' },
  },
  {
    key: 'dossier.received',
    status: DossierStatus.RECEIVED,
    znsTemplateId: '410002',
    urgent: false,
    action: 'follow',
    params: ['code', 'dueDate', 'link'],
    subject: { vi: 'Hồ sơ {code} đã được tiếp nhận', en: 'Dossier {code} received' },
    text: {
      vi: 'Hồ sơ {code} đã được tiếp nhận, hẹn trả kết quả ngày {dueDate}. Theo dõi: {link}',
      en: 'Dossier {code} was received; the result is due on {dueDate}. Follow it: {link}',
    },
  },
  {
    key: 'dossier.supplement-requested',
    status: DossierStatus.SUPPLEMENT_REQUESTED,
    znsTemplateId: '410003',
    urgent: false,
    action: 'supplement',
    params: ['code', 'link'],
    subject: { vi: 'Hồ sơ {code} cần bổ sung', en: 'Dossier {code} needs more documents' },
    text: {
      vi: 'Hồ sơ {code} cần bổ sung giấy tờ. Xem yêu cầu và nộp bổ sung: {link}',
      en: 'Dossier {code} needs more documents. See what is asked and answer: {link}',
    },
  },
  {
    key: 'dossier.fee-due',
    status: DossierStatus.WAITING_FOR_FEE,
    znsTemplateId: '410004',
    urgent: false,
    action: 'pay',
    params: ['code', 'link'],
    subject: { vi: 'Hồ sơ {code} chờ nộp phí, lệ phí', en: 'Dossier {code}: fee due' },
    text: { vi: 'Hồ sơ {code} chờ nộp phí, lệ phí. Thanh toán trực tuyến: {link}', en: 'Dossier {code} is waiting for its fee. Pay online: {link}' },
  },
  {
    key: 'dossier.refused',
    status: DossierStatus.REFUSED,
    znsTemplateId: '410005',
    urgent: false,
    action: 'reason',
    params: ['code', 'link'],
    subject: { vi: 'Hồ sơ {code} không được giải quyết', en: 'Dossier {code} refused' },
    text: { vi: 'Hồ sơ {code} không đủ điều kiện giải quyết. Xem lý do: {link}', en: 'Dossier {code} cannot be settled. See why: {link}' },
  },
  {
    key: 'dossier.result-ready',
    status: DossierStatus.RESULT_READY,
    znsTemplateId: '410006',
    urgent: false,
    action: 'download',
    params: ['code', 'link'],
    subject: { vi: 'Hồ sơ {code} đã có kết quả', en: 'Dossier {code}: result ready' },
    text: { vi: 'Hồ sơ {code} đã có kết quả. Tải về hoặc xem cách nhận: {link}', en: 'The result of dossier {code} is ready. Download it or see how to collect it: {link}' },
  },
  {
    key: 'dossier.returned',
    status: DossierStatus.RETURNED,
    znsTemplateId: '410007',
    urgent: false,
    action: 'rate',
    params: ['code', 'link'],
    subject: { vi: 'Hồ sơ {code} đã trả kết quả', en: 'Dossier {code} returned' },
    text: {
      vi: 'Hồ sơ {code} đã trả kết quả. Mời ông/bà đánh giá mức độ hài lòng: {link}',
      en: 'Dossier {code} has been returned. Please rate the service: {link}',
    },
  },
];

export function templateForStatus(status: DossierStatus): MessageTemplate | undefined {
  return MESSAGE_TEMPLATES.find((t) => t.status === status);
}

export function templateByKey(key: string): MessageTemplate | undefined {
  return MESSAGE_TEMPLATES.find((t) => t.key === key);
}

/** A template could not be filled: which parameters were missing. */
export class MissingTemplateParams extends Error {
  constructor(
    readonly template: string,
    readonly missing: TemplateParam[],
  ) {
    super(`template ${template} is missing ${missing.join(', ')}`);
  }
}

export type TemplateValues = Partial<Record<TemplateParam, string | null | undefined>>;

/** The parameters a template needs, all present and non-empty, or MissingTemplateParams. */
function templateParams(template: MessageTemplate, values: TemplateValues): Record<TemplateParam, string> {
  const missing = template.params.filter((p) => !values[p]?.trim());
  if (missing.length) throw new MissingTemplateParams(template.key, missing);
  return Object.fromEntries(template.params.map((p) => [p, values[p]!.trim()])) as Record<TemplateParam, string>;
}

function fill(text: string, params: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

export interface RenderedMessage {
  subject: string;
  text: string;
  params: Record<TemplateParam, string>;
}

export function renderTemplate(template: MessageTemplate, values: TemplateValues, locale: Locale): RenderedMessage {
  const params = templateParams(template, values);
  return { subject: fill(template.subject[locale], params), text: fill(template.text[locale], params), params };
}

/**
 * The portal page for an action. Pages of "my dossiers" need the owner's account; a dossier taken at the counter
 * for someone without one links to the public lookup, which shows its status and what to do next.
 */
export function portalLink(portalUrl: string, action: PortalAction, code: string, hasAccount: boolean): string {
  const base = portalUrl.replace(/\/+$/, '');
  const encoded = encodeURIComponent(code);
  if (action === 'pay') return `${base}/thanh-toan/${encoded}`;
  if (action === 'follow' || !hasAccount) return `${base}/tra-cuu/${encoded}`;
  return `${base}/ho-so-cua-toi/${encoded}?hanh-dong=${ACTION_SLUGS[action]}`;
}

/** The portal's `?hanh-dong=` values: the dossier page asks to sign in on that address, then opens at the action. */
const ACTION_SLUGS: Record<Exclude<PortalAction, 'follow' | 'pay'>, string> = {
  supplement: 'bo-sung',
  download: 'tai-ve',
  rate: 'danh-gia',
  reason: 'ly-do',
};
