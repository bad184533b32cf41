import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from './location';

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  href: string;
}

/**
 * A link inside the page: a plain <a> (it opens in a new tab, can be copied, works on reload), routed without a page
 * load on a plain click.
 */
export function Link({ href, onClick, target, ...rest }: LinkProps) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (target && target !== '_self') return;
    event.preventDefault();
    navigate(href);
  }
  return <a {...rest} href={href} target={target} onClick={handleClick} />;
}
