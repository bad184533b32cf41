export interface SharedModule {
  /** The bare specifier apps import, and the import map key. */
  specifier: string;
  /** The file emitted in dist/. */
  file: string;
  /** What the entry re-exports. */
  source: string;
  format: 'cjs' | 'esm';
}

export declare const sharedModules: readonly SharedModule[];
export declare const sharedSpecifiers: readonly string[];
export declare function sharedImports(baseUrl: string): Record<string, string>;
