import { describe, expect, it } from 'vitest';
import { normaliseZaloGroupLink } from '../zalo-link';

describe('Zalo group links', () => {
  it('keeps an invitation link, normalised', () => {
    expect(normaliseZaloGroupLink(' https://zalo.me/g/hau-nghia-dvc1 ')).toBe('https://zalo.me/g/hau-nghia-dvc1');
    expect(normaliseZaloGroupLink('https://ZALO.me/g/abcd1234/?ref=share')).toBe('https://zalo.me/g/abcd1234');
  });

  it('refuses anything else', () => {
    for (const bad of [
      'http://zalo.me/g/abcd1234',
      'https://zalo.me/0912345678',
      'https://evil.example/g/abcd',
      'https://zalo.me.evil.example/g/abcd',
      'zalo.me/g/abcd',
      'https://zalo.me/g/ab',
      'https://user@zalo.me/g/abcd1234',
    ]) {
      expect(normaliseZaloGroupLink(bad)).toBeNull();
    }
  });
});
