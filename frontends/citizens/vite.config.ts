import { microfrontendConfig } from '@motcua/shared-deps/vite-microfrontend';
import { defineConfig } from 'vite';

export default defineConfig(microfrontendConfig({ name: 'citizens', entry: 'src/citizens.lifecycles.tsx' }));
