import { discoverJwksUrl, createTokenVerifier, type TokenVerifier } from './verify-token';

export const DEV_ISSUER = 'motcua-dev';
export const AUDIENCE = 'motcua';

export interface IdentityConfig {
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** True when the built-in development issuer (demo accounts) is in use. */
  devIssuer: boolean;
}

/**
 * With OIDC_ISSUER set, tokens of that provider are trusted and the demo issuer is off.
 * Otherwise the gateway's development issuer is trusted (never in production).
 */
export async function loadIdentityConfig(env: NodeJS.ProcessEnv = process.env): Promise<IdentityConfig> {
  const audience = env.OIDC_AUDIENCE ?? AUDIENCE;
  if (env.OIDC_ISSUER) {
    const jwksUrl = env.JWKS_URL ?? (await discoverJwksUrl(env.OIDC_ISSUER));
    return { issuer: env.OIDC_ISSUER, audience, jwksUrl, devIssuer: false };
  }
  if (env.NODE_ENV === 'production') {
    throw new Error('OIDC_ISSUER must be set in production: the development issuer and its demo accounts never run there.');
  }
  const jwksUrl = env.JWKS_URL ?? `${env.GATEWAY_URL ?? 'http://localhost:4000'}/.well-known/jwks.json`;
  return { issuer: DEV_ISSUER, audience, jwksUrl, devIssuer: true };
}

export function verifierFor(config: IdentityConfig, isRevoked?: (token: string) => boolean): TokenVerifier {
  return createTokenVerifier({ jwksUrl: config.jwksUrl, issuer: config.issuer, audience: config.audience }, isRevoked);
}
