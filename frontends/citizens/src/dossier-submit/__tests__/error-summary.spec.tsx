import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from '../error-summary';
import type { FieldErrors } from '../dossier-form.state';

const LABELS = { 'applicant.fullName': 'Họ và tên', 'applicant.phone': 'Số điện thoại', consent: 'Xác nhận' };
const ORDER = ['applicant.fullName', 'applicant.phone', 'consent'];

function Form({ errors, show = true }: { errors: FieldErrors; show?: boolean }) {
  const form = useRef<HTMLFormElement>(null);
  return (
    <form ref={form}>
      <ErrorSummary show={show} errors={errors} order={ORDER} labels={LABELS} form={form} title="Hồ sơ chưa gửi được" />
      <label>
        Họ và tên <input name="applicant.fullName" />
      </label>
      <label>
        Số điện thoại <input name="applicant.phone" />
      </label>
    </form>
  );
}

describe('ErrorSummary', () => {
  it('lists every problem in the order of the form, and takes focus so it is read first', () => {
    render(<Form errors={{ consent: 'Cần xác nhận', 'applicant.phone': 'Số điện thoại không hợp lệ', form: 'Thử lại sau' }} />);
    const summary = screen.getByRole('alert', { name: 'Hồ sơ chưa gửi được' });
    expect(summary).toHaveFocus();
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Số điện thoại: Số điện thoại không hợp lệ', 'Xác nhận: Cần xác nhận', 'Thử lại sau']);
  });

  it('takes the reader to the field a problem is about', async () => {
    render(<Form errors={{ 'applicant.phone': 'Số điện thoại không hợp lệ' }} />);
    await userEvent.click(screen.getByRole('link', { name: /Số điện thoại/ }));
    expect(screen.getByRole('textbox', { name: 'Số điện thoại' })).toHaveFocus();
  });

  it('shows nothing before a submission or without problems', () => {
    const { container, rerender } = render(<Form show={false} errors={{ consent: 'Cần xác nhận' }} />);
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(<Form errors={{}} />);
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });
});
