import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import express, { type Express, type Response } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger, ServiceDeps } from '@motcua/platform';
import { SANDBOX_API_PATH, SANDBOX_PAY_PATH, type VnpayConfig } from '../config/payments-config';
import {
  appendSignedParams,
  buildReturnParams,
  formatVnpDate,
  parseVnpDate,
  signQueryDrResponse,
  signRefundResponse,
  verifyQueryDrRequest,
  verifyRefundRequest,
  verifySignedParams,
  VNP_VERSION,
} from '../domain/vnpay';
import { completeTransaction, findTransaction, nextTransactionNo, openTransaction, recordIpnAttempt, recordRefund, transactionStatusOf, type SandboxTransaction } from './sandbox-ledger';
import { errorPage, paymentPage } from './sandbox-pages';

const COMPLETE_PATH = SANDBOX_PAY_PATH.replace(/vpcpay\.html$/, 'complete');
/** VNPay retries an IPN that got no usable answer; the sandbox does it a few times, then gives up. */
const IPN_RETRY_DELAYS_MS = [2_000, 10_000, 30_000];

/**
 * A local stand-in for VNPay, speaking the same protocol: the payment page (pay / fail / cancel), the return
 * redirect and the IPN call with signed vnp_* parameters, and the querydr / refund JSON API. Development and
 * tests only; it is never mounted in production.
 */
export function mountVnpaySandbox(app: Express, deps: ServiceDeps, vnpay: VnpayConfig): void {
  const log = deps.log.child({ component: 'vnpay-sandbox' });
  const em = () => deps.orm.em.fork();

  app.get(SANDBOX_PAY_PATH, async (req, res) => {
    const query = req.query as Record<string, unknown>;
    const problem = checkPayRequest(query, vnpay);
    if (problem) return sendPage(res, 400, errorPage(problem.message, problem.code));
    const order = {
      txnRef: String(query.vnp_TxnRef),
      tmnCode: vnpay.tmnCode,
      amountWire: Number(query.vnp_Amount),
      orderInfo: String(query.vnp_OrderInfo),
      returnUrl: String(query.vnp_ReturnUrl),
      createDate: String(query.vnp_CreateDate),
      expireDate: String(query.vnp_ExpireDate),
    };
    const tx = await openTransaction(em(), order);
    if (tx.amountWire !== order.amountWire || tx.returnUrl !== order.returnUrl) {
      return sendPage(res, 400, errorPage('Mã giao dịch (vnp_TxnRef) đã được dùng cho một đơn hàng khác.', '01'));
    }
    if (tx.status !== 'OPEN') return sendPage(res, 409, errorPage('Giao dịch này đã được xử lý.', '02'));
    sendPage(
      res,
      200,
      paymentPage({ tmnCode: tx.tmnCode, txnRef: tx.txnRef, orderInfo: tx.orderInfo, amountVnd: tx.amountWire / 100, expireDate: tx.expireDate, token: formToken(tx.txnRef, vnpay.hashSecret) }),
    );
  });

  app.post(COMPLETE_PATH, express.urlencoded({ extended: false, limit: '8kb' }), async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const txnRef = typeof body.vnp_TxnRef === 'string' ? body.vnp_TxnRef : '';
    const action = body.action === 'pay' || body.action === 'fail' || body.action === 'cancel' ? body.action : null;
    if (!txnRef || !action || !tokenMatches(String(body.token ?? ''), txnRef, vnpay.hashSecret)) {
      return sendPage(res, 400, errorPage('Yêu cầu không hợp lệ.', '03'));
    }
    const finished = await em().transactional(async (tx) => {
      const order = await findTransaction(tx, txnRef, true);
      if (order?.status !== 'OPEN') return null;
      const result = await outcomeOf(tx, order, action, new Date());
      await completeTransaction(tx, txnRef, result);
      return { ...order, ...result };
    });
    if (!finished) return sendPage(res, 409, errorPage('Giao dịch này đã được xử lý.', '02'));
    const params = buildReturnParams({
      tmnCode: finished.tmnCode,
      hashSecret: vnpay.hashSecret,
      txnRef: finished.txnRef,
      amountVnd: finished.amountWire / 100,
      orderInfo: finished.orderInfo,
      bankCode: finished.bankCode!,
      bankTranNo: finished.bankTranNo ?? undefined,
      cardType: finished.cardType!,
      payDate: parseVnpDate(finished.payDate!),
      responseCode: finished.responseCode!,
      transactionNo: finished.transactionNo!,
      transactionStatus: transactionStatusOf(finished),
    });
    if (body.skipIpn === '1') log.info({ txnRef }, 'sandbox: IPN deliberately not sent');
    else await notifyMerchant(deps, vnpay.ipnUrl, params, log);
    res.redirect(302, appendSignedParams(finished.returnUrl, params));
  });

  app.post(SANDBOX_API_PATH, express.json({ limit: '16kb' }), async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (body.vnp_Command === 'querydr') return void res.json(await answerQueryDr(em(), body, vnpay));
    if (body.vnp_Command === 'refund') return void res.json(await answerRefund(em(), body, vnpay));
    res.status(400).json({ vnp_ResponseCode: '03', vnp_Message: 'Invalid vnp_Command' });
  });
}

function checkPayRequest(query: Record<string, unknown>, vnpay: VnpayConfig): { code: string; message: string } | null {
  if (query.vnp_TmnCode !== vnpay.tmnCode) return { code: '02', message: 'Mã website (vnp_TmnCode) không tồn tại.' };
  if (!verifySignedParams(query, vnpay.hashSecret)) return { code: '70', message: 'Sai chữ ký (vnp_SecureHash).' };
  if (query.vnp_Version !== VNP_VERSION || query.vnp_Command !== 'pay' || query.vnp_CurrCode !== 'VND') {
    return { code: '03', message: 'Dữ liệu gửi sang không đúng định dạng.' };
  }
  for (const key of ['vnp_TxnRef', 'vnp_OrderInfo', 'vnp_ReturnUrl', 'vnp_IpAddr', 'vnp_CreateDate', 'vnp_ExpireDate']) {
    if (typeof query[key] !== 'string' || query[key] === '') return { code: '03', message: `Thiếu tham số ${key}.` };
  }
  if (typeof query.vnp_Amount !== 'string' || !/^[1-9]\d{0,11}$/.test(query.vnp_Amount) || !query.vnp_Amount.endsWith('00')) {
    return { code: '04', message: 'Số tiền thanh toán không hợp lệ.' };
  }
  let expiresAt: Date;
  try {
    parseVnpDate(String(query.vnp_CreateDate));
    expiresAt = parseVnpDate(String(query.vnp_ExpireDate));
  } catch {
    return { code: '03', message: 'Thời gian tạo hoặc hết hạn không đúng định dạng yyyyMMddHHmmss.' };
  }
  if (expiresAt.getTime() < Date.now()) return { code: '11', message: 'Đã hết hạn chờ thanh toán. Xin quý khách vui lòng thực hiện lại giao dịch.' };
  return null;
}

type Completion = Pick<SandboxTransaction, 'status' | 'responseCode' | 'transactionNo' | 'bankCode' | 'bankTranNo' | 'cardType' | 'payDate'>;

/** The result of the button pressed, with the response codes VNPay uses ([PAY] "Bảng mã lỗi"). */
async function outcomeOf(em: EntityManager, order: SandboxTransaction, action: 'pay' | 'fail' | 'cancel', now: Date): Promise<Completion> {
  const payDate = formatVnpDate(now);
  if (now.getTime() > parseVnpDate(order.expireDate).getTime()) {
    return { status: 'FAILED', responseCode: '11', transactionNo: await nextTransactionNo(em), bankCode: 'NCB', bankTranNo: null, cardType: 'ATM', payDate };
  }
  if (action === 'cancel') return { status: 'CANCELLED', responseCode: '24', transactionNo: '0', bankCode: 'VNPAY', bankTranNo: null, cardType: 'QRCODE', payDate };
  const transactionNo = await nextTransactionNo(em);
  if (action === 'fail') return { status: 'FAILED', responseCode: '51', transactionNo, bankCode: 'NCB', bankTranNo: null, cardType: 'ATM', payDate };
  return { status: 'PAID', responseCode: '00', transactionNo, bankCode: 'NCB', bankTranNo: `VNP${transactionNo}`, cardType: 'ATM', payDate };
}

/**
 * The IPN: an HTTP GET of the signed vnp_* parameters to the merchant's IPN URL, as VNPay does. The first call is
 * made before the browser is sent back (so the merchant knows by the time the citizen sees the result page);
 * when it gets no usable answer it is retried a few times in the background.
 */
async function notifyMerchant(deps: ServiceDeps, ipnUrl: string, params: Record<string, string>, log: Logger, attempt = 0): Promise<void> {
  const answer = await callIpn(appendSignedParams(ipnUrl, params));
  await recordIpnAttempt(deps.orm.em.fork(), params.vnp_TxnRef, answer).catch((err: unknown) => log.warn({ err }, 'sandbox: IPN attempt not recorded'));
  const settled = /"RspCode":"(00|01|02|04|97)"/.test(answer);
  if (settled) return;
  log.warn({ txnRef: params.vnp_TxnRef, answer, attempt }, 'sandbox: IPN got no usable answer');
  const delay = IPN_RETRY_DELAYS_MS[attempt];
  if (delay !== undefined) setTimeout(() => void notifyMerchant(deps, ipnUrl, params, log, attempt + 1).catch(() => undefined), delay).unref();
}

async function callIpn(url: string): Promise<string> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    const body = await res.text();
    return res.ok ? body.replace(/\s+/g, '') : `HTTP ${res.status}`;
  } catch (err) {
    return `unreachable: ${(err as Error).message}`;
  }
}

async function answerQueryDr(em: EntityManager, body: Record<string, unknown>, vnpay: VnpayConfig) {
  const base = { vnp_ResponseId: responseId(), vnp_Command: 'querydr' as const, vnp_TmnCode: vnpay.tmnCode };
  if (!verifyQueryDrRequest(body, vnpay.hashSecret)) return signQueryDrResponse({ ...base, vnp_ResponseCode: '97', vnp_Message: 'Invalid Checksum' }, vnpay.hashSecret);
  if (body.vnp_TmnCode !== vnpay.tmnCode) return signQueryDrResponse({ ...base, vnp_ResponseCode: '02', vnp_Message: 'Invalid TmnCode' }, vnpay.hashSecret);
  const tx = typeof body.vnp_TxnRef === 'string' ? await findTransaction(em, body.vnp_TxnRef) : null;
  if (!tx) return signQueryDrResponse({ ...base, vnp_ResponseCode: '91', vnp_Message: 'Transaction not found' }, vnpay.hashSecret);
  return signQueryDrResponse(
    {
      ...base,
      vnp_ResponseCode: '00',
      vnp_Message: 'QueryDR Success',
      vnp_TxnRef: tx.txnRef,
      vnp_Amount: String(tx.amountWire),
      vnp_OrderInfo: tx.orderInfo,
      vnp_BankCode: tx.bankCode ?? '',
      vnp_PayDate: tx.payDate ?? '',
      vnp_TransactionNo: tx.transactionNo ?? '',
      vnp_TransactionType: '01',
      vnp_TransactionStatus: transactionStatusOf(tx),
    },
    vnpay.hashSecret,
  );
}

async function answerRefund(em: EntityManager, body: Record<string, unknown>, vnpay: VnpayConfig) {
  const base = { vnp_ResponseId: responseId(), vnp_Command: 'refund' as const, vnp_TmnCode: vnpay.tmnCode };
  const refuse = (code: string, message: string) => signRefundResponse({ ...base, vnp_ResponseCode: code, vnp_Message: message }, vnpay.hashSecret);
  if (!verifyRefundRequest(body, vnpay.hashSecret)) return refuse('97', 'Invalid Checksum');
  if (body.vnp_TmnCode !== vnpay.tmnCode) return refuse('02', 'Invalid TmnCode');
  const amountWire = Number(body.vnp_Amount);
  if (!Number.isSafeInteger(amountWire) || amountWire <= 0 || (body.vnp_TransactionType !== '02' && body.vnp_TransactionType !== '03')) return refuse('03', 'Invalid data format');
  return em.transactional(async (tx) => {
    const order = typeof body.vnp_TxnRef === 'string' ? await findTransaction(tx, body.vnp_TxnRef, true) : null;
    if (!order) return refuse('91', 'Transaction not found');
    if (order.status !== 'PAID') return refuse('95', 'Transaction was not successful at VNPAY');
    if (order.refundedAmountWire >= order.amountWire) return refuse('94', 'Refund already requested');
    const left = order.amountWire - order.refundedAmountWire;
    if (amountWire > left || (body.vnp_TransactionType === '02' && amountWire !== order.amountWire)) return refuse('03', 'Invalid refund amount');
    const transactionNo = await nextTransactionNo(tx);
    await recordRefund(tx, order.txnRef, amountWire, transactionNo);
    return signRefundResponse(
      {
        ...base,
        vnp_ResponseCode: '00',
        vnp_Message: 'Refund success',
        vnp_TxnRef: order.txnRef,
        vnp_Amount: String(amountWire),
        vnp_OrderInfo: String(body.vnp_OrderInfo ?? ''),
        vnp_BankCode: order.bankCode ?? '',
        vnp_PayDate: formatVnpDate(new Date()),
        vnp_TransactionNo: transactionNo,
        vnp_TransactionType: String(body.vnp_TransactionType),
        vnp_TransactionStatus: '05',
      },
      vnpay.hashSecret,
    );
  });
}

function responseId(): string {
  return randomUUID().replace(/-/g, '');
}

function formToken(txnRef: string, secret: string): string {
  return createHmac('sha256', secret).update(`sandbox-form:${txnRef}`).digest('hex');
}

function tokenMatches(given: string, txnRef: string, secret: string): boolean {
  const expected = Buffer.from(formToken(txnRef, secret), 'hex');
  const actual = Buffer.from(given, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function sendPage(res: Response, status: number, html: string): void {
  res.status(status).type('html').set('cache-control', 'no-store').send(html);
}
