import { vietnamTimeText } from '../domain/vietnam-time';
import type { Payment } from '../entities/payment.entity';
import { escapeHtml, formatVndText } from './html';


/**
 * The receipt as plain HTML. It leans on HTML attributes rather than CSS alone: opened from the portal through a
 * blob URL it inherits the portal's Content-Security-Policy, which may refuse the inline style.
 */
export function receiptHtml(payment: Payment, unitName: string | null, methodLabel: string): string {
  const rows = payment.items
    .map((item, i) => `<tr><td align="center">${i + 1}</td><td>${escapeHtml(item.name)}</td><td align="right">${item.quantity}</td><td align="right">${escapeHtml(formatVndText(item.unitAmountVnd))}</td><td align="right">${escapeHtml(formatVndText(item.amountVnd))}</td></tr>`)
    .join('');
  const refunded = payment.refundedAt
    ? `<p><b>Đã hoàn trả</b> ${escapeHtml(formatVndText(payment.refundAmount ?? payment.amount))} lúc ${escapeHtml(vietnamTimeText(payment.refundedAt))}${payment.refundReason ? ` — ${escapeHtml(payment.refundReason)}` : ''}.</p>`
    : '';
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Biên lai ${escapeHtml(payment.receiptNumber ?? '')}</title>
<style>body{font-family:"Times New Roman",Tinos,serif;max-width:42rem;margin:1rem auto;padding:0 1rem;color:#000}table{border-collapse:collapse;width:100%}td,th{padding:.3rem}h1{font-size:1.3rem}@media print{.hint{display:none}}</style></head>
<body>
<p>${escapeHtml(unitName ?? 'Đơn vị thu')}${payment.unitCode ? ` (mã ${escapeHtml(payment.unitCode)})` : ''}</p>
<h1 align="center">BIÊN LAI THU PHÍ, LỆ PHÍ</h1>
<p align="center">Số: <b>${escapeHtml(payment.receiptNumber ?? '')}</b></p>
<table border="0" width="100%">
<tr><td>Người nộp:</td><td>${escapeHtml(payment.payerName ?? '')}</td></tr>
<tr><td>Hồ sơ:</td><td>${escapeHtml(payment.dossierCode)}</td></tr>
<tr><td>Ngày thu:</td><td>${payment.paidAt ? escapeHtml(vietnamTimeText(payment.paidAt)) : ''} (giờ Việt Nam)</td></tr>
<tr><td>Hình thức:</td><td>${escapeHtml(methodLabel)}${payment.providerTransactionNo ? `, mã giao dịch ${escapeHtml(payment.providerTransactionNo)}` : ''}</td></tr>
${payment.collectedByName ? `<tr><td>Người thu:</td><td>${escapeHtml(payment.collectedByName)}</td></tr>` : ''}
</table>
<br>
<table border="1" cellpadding="4" width="100%">
<thead><tr><th>STT</th><th>Nội dung</th><th>SL</th><th>Đơn giá</th><th>Thành tiền</th></tr></thead>
<tbody>${rows}</tbody>
<tfoot><tr><th colspan="4" align="right">Tổng cộng</th><th align="right">${escapeHtml(formatVndText(payment.amount))}</th></tr></tfoot>
</table>
${refunded}
<p class="hint"><small>In biên lai: Ctrl+P (hoặc ⌘P). Biên lai điện tử của hệ thống Một Cửa.</small></p>
</body>
</html>`;
}
