/**
 * The architecture's boundaries as rules (npm run check:boundaries, run by .ci/run). Each rule says in its comment
 * what it protects; a violation names the rule.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A cycle makes two modules one: break it by moving what both need into a third. Type-only imports and the ' +
        "ORM's two-sided relations between entities (lazy `() => Entity` references) do not count.",
      from: { pathNot: '/src/entities/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'service-imports-another-service',
      severity: 'error',
      comment: "A service imports shared packages and its own files; another service's data comes through the graph or its events.",
      from: { path: '^services/([^/]+)/' },
      to: { path: '^services/', pathNot: '^services/$1/' },
    },
    {
      name: 'app-imports-another-app',
      severity: 'error',
      comment: 'Micro-frontends stand alone: what two apps share belongs in the UI kit (shared/ui) or shared-deps.',
      from: { path: '^frontends/([^/]+)/' },
      to: { path: '^frontends/', pathNot: ['^frontends/$1/', '^frontends/shared-deps/'] },
    },
    {
      name: 'frontend-imports-server-code',
      severity: 'error',
      comment: 'Browser code never bundles server code (services, gateway, the platform, the stack, PDF rendering).',
      from: { path: '^(frontends|shared/ui)/' },
      to: { path: '^(services|gateway|shared/(platform|stack|pdf))/' },
    },
    {
      name: 'shared-imports-upward',
      severity: 'error',
      comment: 'shared/ is what everything stands on; it never imports a service, the gateway or an app.',
      from: { path: '^shared/' },
      to: { path: '^(services|gateway|frontends)/' },
    },
    {
      name: 'rules-import-nothing',
      severity: 'error',
      comment: 'shared/rules runs in the browser and on the server: pure TypeScript that imports no other code of ours (and it declares no package).',
      from: { path: '^shared/rules/' },
      to: { pathNot: '^shared/rules/' },
    },
    {
      name: 'gateway-imports-service-code',
      severity: 'error',
      comment: 'The gateway knows the subgraphs by their composed schema and URLs, not by their code.',
      from: { path: '^gateway/src/' },
      to: { path: '^services/' },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules', '/dist/'] },
    exclude: { path: ['(^|/)node_modules/', '\\.d\\.ts$'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['main', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
