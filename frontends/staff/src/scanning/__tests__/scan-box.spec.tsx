import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ScanBox } from '../scan-box';

const AGENCY = '000.00.21.H53';

describe('ScanBox', () => {
  it('opens the dossier a scanner types, ending with Enter, and empties itself for the next one', async () => {
    const onCode = vi.fn();
    render(<ScanBox agencyCode={AGENCY} onCode={onCode} />);
    const field = screen.getByRole('textbox', { name: 'Quét / nhập mã hồ sơ' });
    await userEvent.type(field, '000.00.21.H53-261203-0042{Enter}');
    expect(onCode).toHaveBeenCalledWith('000.00.21.H53-261203-0042');
    expect(field).toHaveValue('');
  });

  it("completes a code typed by its tail with the officer's agency", async () => {
    const onCode = vi.fn();
    render(<ScanBox agencyCode={AGENCY} onCode={onCode} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Quét / nhập mã hồ sơ' }), '261203-0042');
    await userEvent.click(screen.getByRole('button', { name: 'Mở hồ sơ' }));
    expect(onCode).toHaveBeenCalledWith('000.00.21.H53-261203-0042');
  });

  it('says what a code looks like when the entry is not one, and keeps what was typed', async () => {
    const onCode = vi.fn();
    render(<ScanBox agencyCode={null} onCode={onCode} />);
    const field = screen.getByRole('textbox', { name: 'Quét / nhập mã hồ sơ' });
    await userEvent.type(field, '261203-0042{Enter}');
    expect(onCode).not.toHaveBeenCalled();
    expect(field).toBeInvalid();
    expect(field).toHaveAccessibleDescription(/Mã có dạng 000\.21\.25\.H39-261126-0001/);
    expect(field).toHaveValue('261203-0042');
  });
});
