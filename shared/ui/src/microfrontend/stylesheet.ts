/**
 * The app's stylesheet, present only while the app is mounted. single-spa keeps an app's JavaScript loaded after
 * it unmounts; a stylesheet left in <head> would keep styling the next app's page, so it is added on mount and
 * removed on unmount.
 */
export function stylesheetLifecycles(href: string, appName: string) {
  let link: HTMLLinkElement | null = null;

  return {
    mount(): Promise<void> {
      link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.dataset.app = appName;
      const added = link;
      // Render only once the styles are there, so the page never flashes unstyled; a failed load still renders.
      const loaded = new Promise<void>((resolve) => {
        added.addEventListener('load', () => resolve(), { once: true });
        added.addEventListener('error', () => resolve(), { once: true });
      });
      document.head.append(added);
      return loaded;
    },
    unmount(): Promise<void> {
      link?.remove();
      link = null;
      return Promise.resolve();
    },
  };
}
