import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { presetPeriod } from '../period';
import { PeriodPicker } from '../period-picker';

describe('PeriodPicker', () => {
  it('shows a preset period as chosen, with its days, and reports a past year when picked', async () => {
    const onChange = vi.fn();
    render(<PeriodPicker period={{ from: '2022-01-01', to: '2022-12-31' }} onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Kỳ báo cáo' });
    expect(select).toHaveDisplayValue('Năm 2022');
    expect(select).toHaveAccessibleDescription(/01\/01\/2022.*31\/12\/2022/);
    await userEvent.selectOptions(select, 'thisYear');
    expect(onChange).toHaveBeenCalledWith(presetPeriod('thisYear'));
  });

  it('takes any two days, and refuses an end before the start without reporting it', async () => {
    const onChange = vi.fn();
    render(<PeriodPicker period={{ from: '2023-03-01', to: '2023-03-31' }} onChange={onChange} />);
    const to = screen.getByLabelText('Đến ngày');
    await userEvent.clear(to);
    await userEvent.type(to, '2023-02-01');
    await userEvent.click(screen.getByRole('button', { name: 'Xem' }));
    expect(onChange).not.toHaveBeenCalled();
    expect(to).toHaveAccessibleDescription('Ngày kết thúc phải từ ngày bắt đầu trở đi.');
    await userEvent.clear(to);
    await userEvent.type(to, '2023-06-30');
    await userEvent.click(screen.getByRole('button', { name: 'Xem' }));
    expect(onChange).toHaveBeenCalledWith({ from: '2023-03-01', to: '2023-06-30' });
  });
});
