/**
 * The age v1 passphrase (scrypt) recipient and identity, with the key derived by Node's own
 * scrypt. age-encryption's built-in one runs scrypt in JavaScript on the calling thread: in the
 * main process that froze every IPC call (and so the app) for the whole derivation, on each save.
 * Node's scrypt runs on the libuv thread pool and is also faster. Everything else — the header,
 * its MAC, the payload — is age-encryption's. Stanza format, from the age v1 spec:
 *   -> scrypt <salt, 16 bytes, base64 without padding> <log2 of the work factor>
 *   body: ChaCha20-Poly1305(key = scrypt(passphrase, "age-encryption.org/v1/scrypt" ‖ salt,
 *         N = 2^logN, r = 8, p = 1, 32 bytes), nonce = 12 zero bytes, the 16-byte file key)
 */
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { Stanza } from 'age-encryption';
import type { Identity, Recipient } from 'age-encryption';

const LABEL = 'age-encryption.org/v1/scrypt';
const ZERO_NONCE = Buffer.alloc(12);
/** Files asking for more are refused unread, as age-encryption does (2^20 takes 1 GiB and seconds). */
export const MAX_WORK_FACTOR = 20;

function deriveKey(passphrase: string, salt: Uint8Array, logN: number): Promise<Buffer> {
  const N = 2 ** logN;
  return new Promise((resolve, reject) => {
    // scrypt needs 128·N·r bytes; Node refuses above 32 MiB unless told.
    scrypt(passphrase, Buffer.concat([Buffer.from(LABEL), salt]), 32, { N, r: 8, p: 1, maxmem: 128 * N * 8 + 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64').replace(/=+$/, '');

/** A fresh salt and the key scrypt derives from it: good for wrapping exactly one file key. */
export interface WrapKey {
  salt: Buffer;
  key: Buffer;
}

/** Derives a one-use wrapping key with a fresh salt, off the calling thread. */
export async function deriveWrapKey(passphrase: string, logN: number): Promise<WrapKey> {
  const salt = randomBytes(16);
  return { salt, key: await deriveKey(passphrase, salt, logN) };
}

/**
 * Wraps the file key under a one-use key derived from the passphrase with a fresh salt (given, when
 * it was derived ahead of the save, or derived now). The key is wiped once used.
 */
export class NodeScryptRecipient implements Recipient {
  constructor(
    private readonly passphrase: string,
    private readonly logN: number,
    private readonly ready?: Promise<WrapKey>,
  ) {}

  async wrapFileKey(fileKey: Uint8Array): Promise<Stanza[]> {
    const { salt, key } = await (this.ready ?? deriveWrapKey(this.passphrase, this.logN));
    const cipher = createCipheriv('chacha20-poly1305', key, ZERO_NONCE, { authTagLength: 16 });
    const body = Buffer.concat([cipher.update(fileKey), cipher.final(), cipher.getAuthTag()]);
    key.fill(0);
    return [new Stanza(['scrypt', b64(salt), String(this.logN)], body)];
  }
}

/** Thrown for a header this identity must refuse: a work factor too high, or a malformed stanza. */
export class ScryptStanzaError extends Error {}

/** Unwraps the file key with the passphrase; null when the passphrase is wrong (or the file is for someone else). */
export class NodeScryptIdentity implements Identity {
  constructor(private readonly passphrase: string) {}

  async unwrapFileKey(stanzas: Stanza[]): Promise<Uint8Array | null> {
    const stanza = stanzas.find((s) => s.args[0] === 'scrypt');
    if (!stanza) return null;
    // age forbids mixing: a passphrase-protected file has exactly one recipient.
    if (stanzas.length !== 1) throw new ScryptStanzaError('a passphrase-protected file has one recipient only');
    const [, saltText, logText] = stanza.args;
    if (stanza.args.length !== 3 || !saltText || !logText || !/^[1-9][0-9]*$/.test(logText)) throw new ScryptStanzaError('invalid scrypt stanza');
    const salt = Buffer.from(saltText, 'base64');
    if (salt.length !== 16 || b64(salt) !== saltText) throw new ScryptStanzaError('invalid scrypt stanza');
    const logN = Number(logText);
    if (logN > MAX_WORK_FACTOR) throw new ScryptStanzaError('scrypt work factor is too high');
    if (stanza.body.length !== 32) throw new ScryptStanzaError('invalid scrypt stanza');
    const key = await deriveKey(this.passphrase, salt, logN);
    try {
      const decipher = createDecipheriv('chacha20-poly1305', key, ZERO_NONCE, { authTagLength: 16 });
      decipher.setAuthTag(stanza.body.subarray(16));
      return Buffer.concat([decipher.update(stanza.body.subarray(0, 16)), decipher.final()]);
    } catch {
      return null;
    } finally {
      key.fill(0);
    }
  }
}
