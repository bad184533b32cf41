/** What the service's server-rendered pages (the VNPay sandbox's payment pages) share. */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function formatVndText(amountVnd: number): string {
  return `${VND.format(amountVnd)} ₫`;
}

const VND = new Intl.NumberFormat('vi-VN');
