import { DEMO_ACCOUNTS, DEMO_PASSWORD, type ServiceDeps } from '@motcua/platform';
import { dossierFeeItems, whyNotPayable, type DossierSnapshot } from '../domain/dossier-fees';
import { formatVnpDate } from '../domain/vnpay';
import { Payment, PaymentMethod, PaymentStatus } from '../entities/payment.entity';
import { completeTransaction, nextTransactionNo, openTransaction } from '../sandbox/sandbox-ledger';
import { CashPaymentService } from '../services/cash-payment.service';
import { paymentsRuntime, type PaymentsRuntime } from '../services/container';
import { DOSSIER_FOR_PAYMENT, toSnapshot, type DossierNode } from '../services/dossier-reader';
import { nextTxnRef, settleSucceeded } from '../services/payment-settlement';

/** Only dossiers the dossiers service seeded (back-dated) are paid, never one a person or a test just made. */
const SEEDED_BEFORE_MS = 30 * 60_000;

/**
 * Demo data: one cash payment at the Hậu Nghĩa counter and one online payment (settled as VNPay would), for the
 * dossiers the dossiers service seeds. Those are read through the gateway, which starts after every subgraph, so the
 * work runs in the background once the gateway answers. Idempotent: nothing happens once any payment exists.
 */
export async function seedDemoPayments(deps: ServiceDeps): Promise<void> {
  if ((await deps.orm.em.fork().count(Payment, {})) > 0) return;
  const runtime = paymentsRuntime(deps.env);
  void seedWhenGatewayAnswers(deps, runtime).catch((err: unknown) => deps.log.warn({ err }, 'demo payments not seeded'));
}

async function seedWhenGatewayAnswers(deps: ServiceDeps, runtime: PaymentsRuntime): Promise<void> {
  const gateway = (deps.env.GATEWAY_URL ?? 'http://localhost:4000').replace(/\/+$/, '');
  if (!(await waitFor(`${gateway}/healthz`))) return deps.log.warn('demo payments not seeded: the gateway did not answer');
  const token = await login(gateway, 'intake');
  if (!token) return deps.log.info('demo payments not seeded: no development sign-in');
  const data = await runtime.graph.request<{ staffInbox: { nodes: (DossierNode & { submittedAt: string | null })[] } }>(
    `query SeedDossiers { staffInbox(first: 100, statuses: [SUBMITTED, RECEIVED, WAITING_FOR_FEE, IN_PROGRESS]) { nodes { submittedAt ${DOSSIER_FOR_PAYMENT} } } }`,
    {},
    token,
  );
  const seeded = data.staffInbox.nodes.filter((d) => d.submittedAt && Date.parse(d.submittedAt) < Date.now() - SEEDED_BEFORE_MS).map(toSnapshot);
  const payable = seeded.filter((d) => !whyNotPayable(d) && d.fees.length > 0);
  const em = deps.orm.em.fork();
  if ((await em.count(Payment, {})) > 0) return;
  const counter = payable.find((d) => d.channel === 'COUNTER');
  const online = payable.find((d) => d.channel === 'ONLINE');
  const intake = DEMO_ACCOUNTS.find((a) => a.username === 'intake')!;
  if (counter) {
    await new CashPaymentService(em.fork(), runtime).recordFor({ subject: intake.subject, fullName: intake.fullName }, counter, dossierFeeItems(counter, runtime.config.postalChargeVnd));
  }
  if (online) await seedOnlinePayment(deps, runtime, online);
  deps.log.info({ cash: counter?.code ?? null, online: online?.code ?? null }, 'demo payments seeded');
}

/** An online payment as if the citizen had paid in the sandbox and the IPN had arrived. */
async function seedOnlinePayment(deps: ServiceDeps, runtime: PaymentsRuntime, dossier: DossierSnapshot): Promise<void> {
  const fees = dossierFeeItems(dossier, runtime.config.postalChargeVnd);
  const citizen = DEMO_ACCOUNTS.find((a) => a.username === 'citizen')!;
  await deps.orm.em.fork().transactional(async (em) => {
    const createdAt = new Date(Date.now() - 20 * 60_000);
    const paidAt = new Date(createdAt.getTime() + 2 * 60_000);
    const payment = em.create(Payment, {
      dossierCode: dossier.code,
      unitCode: dossier.unitCode,
      channel: dossier.channel,
      items: fees.items,
      amount: fees.totalVnd,
      method: PaymentMethod.ONLINE,
      status: PaymentStatus.PENDING,
      providerRef: await nextTxnRef(em, createdAt),
      orderInfo: `Nop phi, le phi ho so ${dossier.code}`,
      payerSubject: citizen.subject,
      payerName: dossier.applicantName,
      expiresAt: new Date(createdAt.getTime() + runtime.config.paymentTtlMinutes * 60_000),
      createdAt,
    });
    await em.flush();
    let transactionNo: string | null = null;
    if (runtime.config.sandboxEnabled) {
      // The sandbox's books say the same, so querydr and a refund find the transaction.
      await openTransaction(em, {
        txnRef: payment.providerRef!,
        tmnCode: runtime.config.vnpay.tmnCode,
        amountWire: payment.amount * 100,
        orderInfo: payment.orderInfo!,
        returnUrl: runtime.config.vnpay.returnUrl,
        createDate: formatVnpDate(createdAt),
        expireDate: formatVnpDate(payment.expiresAt!),
      });
      transactionNo = await nextTransactionNo(em);
      await completeTransaction(em, payment.providerRef!, {
        status: 'PAID',
        responseCode: '00',
        transactionNo,
        bankCode: 'NCB',
        bankTranNo: `VNP${transactionNo}`,
        cardType: 'ATM',
        payDate: formatVnpDate(paidAt),
      });
    }
    await settleSucceeded(em, payment, { paidAt, settledBy: 'SEED', transactionNo, bankCode: 'NCB', responseCode: '00' });
  });
}

async function waitFor(url: string, timeoutMs = 180_000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  return false;
}

async function login(gateway: string, username: string): Promise<string | null> {
  const res = await fetch(`${gateway}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  }).catch(() => null);
  if (!res?.ok) return null;
  return ((await res.json()) as { token?: string }).token ?? null;
}
