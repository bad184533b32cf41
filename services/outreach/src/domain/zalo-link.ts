/**
 * A Zalo group's invitation link, as Zalo shares it: https://zalo.me/g/<code>. The groups themselves live in Zalo;
 * the system keeps only the link and who administers them. Returns the normalised link, or null if it is not one.
 */
export function normaliseZaloGroupLink(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.hostname.toLowerCase() !== 'zalo.me' || url.username || url.password || url.port) return null;
  const match = /^\/g\/([A-Za-z0-9_-]{4,64})\/?$/.exec(url.pathname);
  return match ? `https://zalo.me/g/${match[1]}` : null;
}
