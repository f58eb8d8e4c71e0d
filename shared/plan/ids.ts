/** Stable id generation shared by both processes (Web Crypto exists in Node 20 and browsers). */
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A new random id such as `risk-k3v9q0z1m2ab`; the prefix says what kind of thing it names. */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return `${prefix}-${out}`;
}
