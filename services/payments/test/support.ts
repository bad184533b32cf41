import { createHmac } from 'node:crypto';
import { expect, inject } from 'vitest';
import { GatewayClient } from '@motcua/stack';

export const gateway = new GatewayClient(inject('gatewayUrl'));
export const HAU_NGHIA = '27931';
/** 'Cấp Giấy xác nhận tình trạng hôn nhân': 5.000 đ at the counter, 2.500 đ online, fee paid before processing. */
const MARITAL_STATUS = '1.004873';
/** The development sandbox's merchant secret (the default of VNPAY_HASH_SECRET outside production). */
const SANDBOX_SECRET = 'dev-sandbox-secret';
export const EVENTS_SECRET = 'dev-events-secret';

function uploadedId(token: string): Promise<string> {
  return gateway.uploadedId(token, { name: 'to-khai.pdf' });
}

/** A citizen submits 'Cấp Giấy xác nhận tình trạng hôn nhân' online at Hậu Nghĩa; returns its code. */
export async function submitMaritalStatus(token: string, deliveryMethod: 'ONLINE' | 'PICKUP' | 'POST' = 'PICKUP'): Promise<string> {
  const input = {
    procedureCode: MARITAL_STATUS,
    unitCode: HAU_NGHIA,
    applicant: { fullName: 'Nguyễn Văn An', idNumber: '080090001234', phone: '0912345678', address: 'Khu phố 1, thị trấn Hậu Nghĩa' },
    documents: [{ requirementId: 'to-khai', fileId: await uploadedId(token) }],
    deliveryMethod,
    formData: { 'muc-dich': 'Đăng ký kết hôn', 'tinh-trang-hon-nhan': 'Chưa đăng ký kết hôn với ai' },
  };
  const data = await gateway.data<{ submitDossier: { code: string } }>('mutation($input: SubmitDossierInput!) { submitDossier(input: $input) { code } }', { input }, token);
  return data.submitDossier.code;
}

export interface Started {
  paymentId: string;
  redirectUrl: string;
  amount: number;
}

export async function startPayment(code: string, token: string): Promise<Started> {
  const data = await gateway.data<{ startPayment: Started }>('mutation($c: String!) { startPayment(dossierCode: $c) { paymentId redirectUrl amount } }', { c: code }, token);
  return data.startPayment;
}

/** VNPay's documented signing, written out independently of the service: sorted keys, encodeURIComponent, %20 → +, HMAC-SHA512. */
export function vnpaySignature(params: Record<string, string>, secret = SANDBOX_SECRET): string {
  const data = Object.keys(params)
    .filter((k) => k !== 'vnp_SecureHash' && k !== 'vnp_SecureHashType')
    .sort()
    .map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(params[k]).replace(/%20/g, '+')}`)
    .join('&');
  return createHmac('sha512', secret).update(Buffer.from(data, 'utf-8')).digest('hex');
}

export function paramsOf(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams.entries());
}

export interface SandboxResult {
  /** The return URL with VNPay's signed parameters, where the sandbox sent the browser. */
  returnUrl: string;
  params: Record<string, string>;
}

/** What a browser does on the sandbox page: load it, press a button, follow nothing (the redirect is returned). */
export async function payInSandbox(redirectUrl: string, action: 'pay' | 'fail' | 'cancel' = 'pay', options: { skipIpn?: boolean } = {}): Promise<SandboxResult> {
  const page = await fetch(redirectUrl);
  const html = await page.text();
  expect(page.status, html).toBe(200);
  expect(html).toContain('Thanh toán');
  const form = /<form method="post" action="([^"]+)">/.exec(html);
  expect(form).not.toBeNull();
  const hidden = Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1], m[2]]));
  const body = new URLSearchParams({ ...hidden, action, ...(options.skipIpn ? { skipIpn: '1' } : {}) });
  const res = await fetch(new URL(form![1], redirectUrl), { method: 'POST', body, redirect: 'manual' });
  expect(res.status).toBe(302);
  const returnUrl = res.headers.get('location')!;
  return { returnUrl, params: paramsOf(returnUrl) };
}

export async function ipn(params: Record<string, string>): Promise<{ RspCode: string; Message: string }> {
  const res = await fetch(`${gateway.baseUrl}/payments/vnpay/ipn?${new URLSearchParams(params)}`);
  expect(res.status).toBe(200);
  return res.json();
}

export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 200));
    value = await read();
  }
  return value;
}

export interface DossierView {
  code: string;
  status: string;
  feeStatus: string;
  history: { action: string }[];
  payments: { id: string; status: string; amount: number; receiptNumber: string | null; method: string }[];
}

export async function dossierView(code: string, token: string): Promise<DossierView> {
  const data = await gateway.data<{ dossier: DossierView }>(
    'query($c: String!) { dossier(code: $c) { code status feeStatus history { action } payments { id status amount receiptNumber method } } }',
    { c: code },
    token,
  );
  return data.dossier;
}
