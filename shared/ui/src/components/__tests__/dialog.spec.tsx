import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Button } from '../button';
import { Dialog } from '../dialog';
import { TextField } from '../text-field';

function Refusal({ busy = false, onSubmit }: { busy?: boolean; onSubmit: (reason: string) => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <>
      <Button onClick={() => setOpen(true)}>Từ chối</Button>
      <Dialog open={open} title="Từ chối hồ sơ" tone="danger" busy={busy} onClose={() => setOpen(false)} onSubmit={() => onSubmit(reason)} footer={<Button type="submit">Xác nhận</Button>}>
        <TextField label="Lý do" value={reason} onChange={(event) => setReason(event.target.value)} />
      </Dialog>
    </>
  );
}

describe('Dialog', () => {
  it('mounts its content only while open, focuses the first field and submits with Enter', async () => {
    const onSubmit = vi.fn();
    render(<Refusal onSubmit={onSubmit} />);
    expect(screen.queryByLabelText('Lý do')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Từ chối' }));
    const field = screen.getByLabelText('Lý do');
    expect(field).toHaveFocus();
    await userEvent.type(field, 'Thiếu bản sao giấy tờ{Enter}');
    expect(onSubmit).toHaveBeenCalledWith('Thiếu bản sao giấy tờ');
  });

  it('closes with the × button and gives focus back to the button that opened it', async () => {
    render(<Refusal onSubmit={() => {}} />);
    const opener = screen.getByRole('button', { name: 'Từ chối' });
    await userEvent.click(opener);
    await userEvent.click(screen.getByRole('button', { name: 'Đóng' }));
    expect(screen.queryByLabelText('Lý do')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('cannot be dismissed or submitted twice while its action runs', async () => {
    const onSubmit = vi.fn();
    render(<Refusal busy onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Từ chối' }));
    expect(screen.getByRole('button', { name: 'Đóng' })).toBeDisabled();
    await userEvent.type(screen.getByLabelText('Lý do'), 'x{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Lý do')).toBeInTheDocument();
  });
});
