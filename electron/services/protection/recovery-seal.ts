/**
 * Recovery copies of a protected plan, sealed. They are written every few seconds while the plan
 * has unsaved changes, and a passphrase recipient would run scrypt (most of a second, 256 MiB) each time. So
 * each open document gets a fresh age X25519 key: copies are encrypted to it, which is cheap, and
 * the key itself is sealed once with the passphrase and stored beside each copy. After a crash,
 * the passphrase opens the key and the key opens the copy; neither is ever on disk in the clear.
 */
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { PlannerError } from '../../../shared/result';
import type { PlanCodec } from './plan-codec';

export interface RecoverySeal {
  /** The document key, encrypted with the plan's passphrase (an age file, base64). */
  sealedKey: string;
  seal(plain: Uint8Array): Promise<Uint8Array>;
}

const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** A new document key, sealed with `codec` (the plan's passphrase codec). */
export async function createRecoverySeal(codec: PlanCodec): Promise<RecoverySeal> {
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  const sealedKey = toBase64(await codec.encode(new TextEncoder().encode(identity)));
  return {
    sealedKey,
    async seal(plain) {
      const encrypter = new Encrypter();
      encrypter.addRecipient(recipient);
      return encrypter.encrypt(plain);
    },
  };
}

/** Opens a sealed copy with the plan's passphrase codec; WRONG_PASSPHRASE when it does not fit. */
export async function unsealRecovery(sealedKey: string, sealed: Uint8Array, codec: PlanCodec, label: string): Promise<Uint8Array> {
  const identity = new TextDecoder().decode(await codec.decode(Buffer.from(sealedKey, 'base64'), label));
  const decrypter = new Decrypter();
  try {
    decrypter.addIdentity(identity);
    return await decrypter.decrypt(sealed);
  } catch {
    throw new PlannerError('NOT_A_PLAN', `The recovery copy of "${label}" is damaged and cannot be opened.`);
  }
}
