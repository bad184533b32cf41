import { describe, expect, it } from 'vitest';
import { escapeHtml, formatVndText } from '../../routes/html';
import { errorPage, paymentPage, vnpDateText } from '../sandbox-pages';

describe('sandbox pages', () => {
  it('escape what they show', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(errorPage('<script>', '97')).not.toContain('<script>');
  });

  it('show the amount and the deadline as people in Vietnam read them', () => {
    expect(formatVndText(1_234_500)).toBe('1.234.500 ₫');
    expect(vnpDateText('20261128101500')).toBe('28/11/2026 10:15');
    expect(vnpDateText('not a date')).toBe('not a date');
    const html = paymentPage({ tmnCode: 'DEVSANDBOX', txnRef: 'MC261128000001', orderInfo: 'Nop phi', amountVnd: 2500, expireDate: '20261128101500', token: 'abc' });
    expect(html).toContain('2.500 ₫');
    expect(html).toMatch(/name="action" value="pay">Thanh toán</);
    expect(html).toMatch(/value="cancel">Hủy giao dịch</);
    expect(html).toMatch(/value="fail">Giao dịch lỗi</);
  });
});
