import type { MouseEvent, ReactNode } from 'react';
import { navigateToUrl } from 'single-spa';

/** Moves focus to the new page's content once single-spa has swapped the apps, as a full page load would. */
function focusMainAfterRouting() {
  window.addEventListener('single-spa:routing-event', () => document.getElementById('motcua-main')?.focus({ preventScroll: true }), {
    once: true,
  });
}

/** A link between micro-frontends: a plain <a> (works without JS, opens in a new tab), routed by single-spa on click. */
export function NavLink({ href, current, className, children }: { href: string; current: boolean; className?: string; children: ReactNode }) {
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    focusMainAfterRouting();
    navigateToUrl(href);
  }
  return (
    <a href={href} className={className} aria-current={current ? 'page' : undefined} onClick={onClick}>
      {children}
    </a>
  );
}
