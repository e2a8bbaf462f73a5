/**
 * Status tokens and idempotency keys, with Web Crypto only, so that the rules package runs the
 * same in Lambda, in the local stack and in the browser.
 */
const base64url = (bytes: Uint8Array): string => {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

/** 256 random bits: the candidate's status token. */
export const newStatusToken = (): string => base64url(crypto.getRandomValues(new Uint8Array(32)));

export const sha256Hex = async (text: string): Promise<string> => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
};

/** Equal-time comparison of two hex digests. */
export const sameDigest = (a: string, b: string): boolean => {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
};

const keyFrom = async (secret: string, usage: KeyUsage): Promise<CryptoKey> => {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new TextEncoder().encode('secondment-hub/idempotency'), info: new Uint8Array() },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
};

/**
 * Seals a replayable answer with a key derived from the client's Idempotency-Key. The store
 * keeps only the key's hash, so the sealed answer (which holds the status token) opens only for
 * the client that holds the key, never for someone reading the table.
 */
export const sealWith = async (secret: string, plain: string): Promise<string> => {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await keyFrom(secret, 'encrypt'), new TextEncoder().encode(plain));
  return `${base64url(iv)}.${base64url(new Uint8Array(sealed))}`;
};

const fromBase64url = (text: string): Uint8Array<ArrayBuffer> => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

export const openWith = async (secret: string, sealed: string): Promise<string> => {
  const [iv = '', data = ''] = sealed.split('.');
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64url(iv) }, await keyFrom(secret, 'decrypt'), fromBase64url(data));
  return new TextDecoder().decode(plain);
};
