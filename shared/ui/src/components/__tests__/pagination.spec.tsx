import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { setLang } from '../../i18n/i18n';
import { Pagination } from '../pagination';

describe('Pagination', () => {
  it('is not shown for a single page', () => {
    const { container } = render(<Pagination page={1} pageCount={1} onPageChange={() => {}} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('says where the reader is and cannot go before the first page', async () => {
    const onPageChange = vi.fn();
    render(<Pagination page={1} pageCount={3} onPageChange={onPageChange} />);
    expect(screen.getByRole('navigation', { name: 'Phân trang' })).toHaveTextContent('Trang 1/3');
    expect(screen.getByRole('button', { name: /Trang trước/ })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: /Trang sau/ }));
    expect(onPageChange).toHaveBeenCalledWith(2);
  });

  it('speaks English when the reader chose it, and stops at the last page', async () => {
    setLang('en');
    const onPageChange = vi.fn();
    render(<Pagination page={3} pageCount={3} onPageChange={onPageChange} />);
    expect(screen.getByRole('navigation', { name: 'Pagination' })).toHaveTextContent('Page 3 of 3');
    expect(screen.getByRole('button', { name: /Next page/ })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: /Previous page/ }));
    expect(onPageChange).toHaveBeenCalledWith(2);
  });
});
