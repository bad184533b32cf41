import type { StackContext } from '@motcua/stack/dist/vitest-global-setup';

declare module 'vitest' {
  export interface ProvidedContext extends StackContext {}
}
