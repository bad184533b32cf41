/**
 * The sandbox's pages: plain server-rendered HTML in Vietnamese, no script, so they work in any browser and in
 * tests that only speak HTTP. They imitate the steps of VNPay's payment page, not its look.
 */
import { vietnamTimeText } from '../domain/vietnam-time';
import { parseVnpDate } from '../domain/vnpay';
import { escapeHtml, formatVndText } from '../routes/html';

/** A VNPay date (GMT+7) as people read it, e.g. 28/11/2026 10:15. */
export function vnpDateText(vnpDate: string): string {
  try {
    return vietnamTimeText(parseVnpDate(vnpDate));
  } catch {
    return vnpDate;
  }
}

const STYLE = `
  body { font-family: system-ui, sans-serif; margin: 0; background: #f3f6fa; color: #1a2330; }
  main { max-width: 32rem; margin: 0 auto; padding: 1rem; }
  .banner { background: #fff4ce; border: 1px solid #e0c060; padding: .5rem .75rem; border-radius: .375rem; font-size: .9rem; }
  h1 { font-size: 1.35rem; color: #005baa; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .4rem 1rem; background: #fff; padding: 1rem; border-radius: .5rem; }
  dt { font-weight: 600; } dd { margin: 0; overflow-wrap: anywhere; }
  .amount { font-size: 1.25rem; font-weight: 700; color: #b3261e; }
  form { margin-top: 1rem; display: grid; gap: .75rem; }
  .buttons { display: flex; flex-wrap: wrap; gap: .5rem; }
  button { font-size: 1rem; padding: .65rem 1.1rem; border-radius: .375rem; border: 1px solid #7a8696; background: #fff; cursor: pointer; }
  button.primary { background: #005baa; color: #fff; border-color: #005baa; }
  button:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
  .error { background: #fde7e9; border: 1px solid #b3261e; padding: .75rem; border-radius: .375rem; }
`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>
<p class="banner">Môi trường thử nghiệm (sandbox) của Một Cửa — mô phỏng cổng VNPay, không có tiền thật được chuyển.</p>
${body}
</main></body>
</html>`;
}

export interface PaymentPageInput {
  tmnCode: string;
  txnRef: string;
  orderInfo: string;
  amountVnd: number;
  expireDate: string;
  /** Proves the completion form came from this page. */
  token: string;
}

export function paymentPage(input: PaymentPageInput): string {
  return layout(
    'Thanh toán qua VNPay (thử nghiệm)',
    `<h1>Cổng thanh toán VNPay (thử nghiệm)</h1>
<dl>
  <dt>Đơn vị chấp nhận</dt><dd>${escapeHtml(input.tmnCode)}</dd>
  <dt>Mã giao dịch</dt><dd>${escapeHtml(input.txnRef)}</dd>
  <dt>Nội dung</dt><dd>${escapeHtml(input.orderInfo)}</dd>
  <dt>Số tiền</dt><dd class="amount">${escapeHtml(formatVndText(input.amountVnd))}</dd>
  <dt>Hạn thanh toán</dt><dd>${escapeHtml(vnpDateText(input.expireDate))} (giờ Việt Nam)</dd>
</dl>
<form method="post" action="complete">
  <input type="hidden" name="vnp_TxnRef" value="${escapeHtml(input.txnRef)}">
  <input type="hidden" name="token" value="${escapeHtml(input.token)}">
  <label><input type="checkbox" name="skipIpn" value="1"> Không gửi IPN (mô phỏng sự cố kết nối tới máy chủ của đơn vị)</label>
  <div class="buttons">
    <button class="primary" type="submit" name="action" value="pay">Thanh toán</button>
    <button type="submit" name="action" value="fail">Giao dịch lỗi</button>
    <button type="submit" name="action" value="cancel">Hủy giao dịch</button>
  </div>
</form>`,
  );
}

export function errorPage(message: string, code: string): string {
  return layout(
    'Giao dịch không hợp lệ',
    `<h1>Không thể thực hiện giao dịch</h1>
<p class="error" role="alert">${escapeHtml(message)} <small>(mã ${escapeHtml(code)})</small></p>`,
  );
}
