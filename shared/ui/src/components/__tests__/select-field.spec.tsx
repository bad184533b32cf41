import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Options, SelectField } from '../select-field';

const CHANNELS = ['ZALO', 'PHONE', 'IN_PERSON'] as const;
const NAMES: Record<(typeof CHANNELS)[number], string> = { ZALO: 'Zalo', PHONE: 'Điện thoại', IN_PERSON: 'Trực tiếp' };

describe('SelectField with Options', () => {
  it('lists each value under its name after any leading choice, and reports the value picked', async () => {
    const onChange = vi.fn();
    render(
      <SelectField label="Kênh hỗ trợ" value="" onChange={(event) => onChange(event.target.value)}>
        <option value="">Tất cả</option>
        <Options values={CHANNELS} label={(channel) => NAMES[channel]} />
      </SelectField>,
    );
    const select = screen.getByRole('combobox', { name: 'Kênh hỗ trợ' });
    expect([...select.querySelectorAll('option')].map((o) => [o.value, o.textContent])).toEqual([
      ['', 'Tất cả'],
      ['ZALO', 'Zalo'],
      ['PHONE', 'Điện thoại'],
      ['IN_PERSON', 'Trực tiếp'],
    ]);
    await userEvent.selectOptions(select, 'Điện thoại');
    expect(onChange).toHaveBeenCalledWith('PHONE');
  });
});
