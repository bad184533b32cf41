import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CountField, TextField } from '../text-field';

describe('TextField', () => {
  it('is named by its label and described by its hint', () => {
    render(<TextField label="Số điện thoại" hint="10 chữ số, ví dụ 0912345678" />);
    const input = screen.getByRole('textbox', { name: 'Số điện thoại' });
    expect(input).toHaveAccessibleDescription('10 chữ số, ví dụ 0912345678');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('marks itself invalid and reads its error with the hint', () => {
    render(<TextField label="Số điện thoại" hint="10 chữ số" error="Số điện thoại không hợp lệ" />);
    const input = screen.getByRole('textbox', { name: 'Số điện thoại' });
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription('10 chữ số Số điện thoại không hợp lệ');
  });
});

describe('CountField', () => {
  it('asks for a whole number from 0 on the digit keypad', () => {
    render(<CountField label="Số người tham dự" value="12" onChange={() => {}} />);
    const input = screen.getByRole('spinbutton', { name: 'Số người tham dự' });
    expect(input).toHaveValue(12);
    expect(input).toHaveAttribute('min', '0');
    expect(input).toHaveAttribute('step', '1');
    expect(input).toHaveAttribute('inputmode', 'numeric');
  });
});
