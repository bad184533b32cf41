import { microfrontendConfig } from '@motcua/shared-deps/vite-microfrontend';
import { defineConfig } from 'vite';

export default defineConfig(microfrontendConfig({ name: 'staff', entry: 'src/staff.lifecycles.tsx' }));
