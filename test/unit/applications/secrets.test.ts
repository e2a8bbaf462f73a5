import { describe, expect, it } from 'vitest';
import { newStatusToken, openWith, sameDigest, sealWith, sha256Hex } from '#shared/applications/secrets.js';

describe('status tokens and sealed replays', () => {
  it('makes 256-bit url-safe status tokens, never the same twice', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newStatusToken));
    expect(tokens.size).toBe(1000);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('hashes with SHA-256 as hex', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('compares digests exactly', () => {
    expect(sameDigest('ab', 'ab')).toBe(true);
    expect(sameDigest('ab', 'ac')).toBe(false);
    expect(sameDigest('ab', 'abc')).toBe(false);
  });

  it('opens a sealed answer only with the Idempotency-Key it was sealed with', async () => {
    const sealed = await sealWith('key-0123456789abcdef', '{"statusToken":"secret"}');
    expect(sealed).not.toContain('secret');
    expect(await openWith('key-0123456789abcdef', sealed)).toBe('{"statusToken":"secret"}');
    await expect(openWith('key-0123456789abcdeX', sealed)).rejects.toThrow();
  });
});
