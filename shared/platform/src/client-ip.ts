import { isIP } from 'node:net';

/** The header the gateway sets on every subgraph call: the address of the browser behind the request. */
export const CLIENT_IP_HEADER = 'x-client-ip';

/** A printable IP address, IPv4-mapped IPv6 written as IPv4; anything that is not an address is null. */
export function normaliseIp(value: string | string[] | undefined | null): string | null {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!raw) return null;
  const ip = raw.startsWith('::ffff:') && isIP(raw.slice(7)) === 4 ? raw.slice(7) : raw;
  return isIP(ip) ? ip : null;
}

/** TRUST_PROXY as Express's `trust proxy` takes it: true/false, a hop count, or addresses and subnets. */
export function trustProxySetting(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}
