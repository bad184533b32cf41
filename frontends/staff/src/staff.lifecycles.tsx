import { microfrontendLifecycles } from '@motcua/ui';
import { App } from './staff.app';

export const { bootstrap, mount, unmount } = microfrontendLifecycles({
  name: '@motcua/staff',
  rootComponent: App,
  // Emitted next to this module by the library build (see vite.config.ts).
  stylesheet: 'staff.css',
  moduleUrl: import.meta.url,
});
