/**
 * How a plan's bytes are stored: as they are, or encrypted with a passphrase in the age v1 format
 * (https://age-encryption.org/v1), which any age implementation opens. A codec sits between the
 * plan's JSON bytes and the file, so plan files, their backups and recovery copies all go through
 * the same two functions and nothing else in the file code changes.
 */
import { armor, Decrypter, Encrypter } from 'age-encryption';
import { createHash, timingSafeEqual } from 'node:crypto';
import { basename } from 'node:path';
import { PlannerError } from '../../../shared/result';
import { deriveWrapKey, NodeScryptIdentity, NodeScryptRecipient, ScryptStanzaError } from './scrypt-stanza';
import type { WrapKey } from './scrypt-stanza';

export interface PlanCodec {
  /** True for a codec that encrypts; the app tells the planner exports are plain text. */
  readonly protected: boolean;
  encode(plain: Uint8Array): Promise<Uint8Array>;
  /** `label` names the file in messages. Throws WRONG_PASSPHRASE, NOT_A_PLAN or PROTECTED. */
  decode(stored: Uint8Array, label: string): Promise<Uint8Array>;
  /** True when `passphrase` is this codec's own (asked again before protection is removed). */
  isPassphrase(passphrase: string): boolean;
}

/**
 * log2 of scrypt's work factor for files this app writes: age's own default, run off the main
 * thread. Each step down halves an attacker's cost per guessed passphrase, each step up doubles
 * every save and open (timings in docs/benchmarks.md, "Protected plans").
 */
export const SCRYPT_WORK_FACTOR = 18;

const BINARY_HEADER = new TextEncoder().encode('age-encryption.org/v1\n');
const ARMOR_HEADER = new TextEncoder().encode('-----BEGIN AGE ENCRYPTED FILE-----');

/**
 * The bytes as a stream of slices with a turn of the event loop between them: age-encryption
 * encrypts a whole buffer in one go, which held the main process visibly on a large plan.
 */
const SLICE = 256 * 1024;
function sliced(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (at > 0) await new Promise((resolve) => setImmediate(resolve));
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(at, at + SLICE));
      at += SLICE;
    },
  });
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  return Buffer.concat(parts);
}

const startsWith = (bytes: Uint8Array, prefix: Uint8Array) => bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

/** True for an age file, binary or ASCII-armoured (leading blank space is allowed before armour). */
export function isAgeFile(bytes: Uint8Array): boolean {
  if (startsWith(bytes, BINARY_HEADER)) return true;
  let i = 0;
  while (i < bytes.length && i < 64 && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return startsWith(bytes.subarray(i), ARMOR_HEADER);
}

const protectedMessage = (label: string) => `"${label}" is protected with a passphrase, which is needed to open it.`;

/** Plans stored as they are. A protected file met here is refused with a message that says so. */
export const plainCodec: PlanCodec = {
  protected: false,
  isPassphrase: () => false,
  encode: async (plain) => plain,
  decode: async (stored, label) => {
    if (isAgeFile(stored)) throw new PlannerError('PROTECTED', protectedMessage(label));
    return stored;
  },
};

/** How long after an encryption the next key's derivation starts. */
const AHEAD_DELAY_MS = 300;

export interface PassphraseCodecOptions {
  workFactor?: number;
  /**
   * Derive the key for the next save in the background, once this one is written (and once at the
   * start): a save then costs the encryption and the write, not the key derivation. Each key has its
   * own fresh salt and wraps one file key only, as the age format requires. For the app's open
   * documents; a one-shot command line would only wait for a key it never uses.
   */
  deriveAhead?: boolean;
}

/** Plans encrypted with this passphrase (the scrypt recipient); plain files are read as they are. */
export function passphraseCodec(passphrase: string, options: PassphraseCodecOptions | number = {}): PlanCodec {
  if (passphrase.length === 0) throw new PlannerError('BAD_REQUEST', 'A passphrase cannot be empty.');
  const { workFactor = SCRYPT_WORK_FACTOR, deriveAhead = false } = typeof options === 'number' ? { workFactor: options } : options;
  let ahead: Promise<WrapKey> | null = null;
  const prepare = () => {
    const next = deriveWrapKey(passphrase, workFactor);
    // A failure here only means the next save derives its own key.
    next.catch(() => undefined);
    ahead = next;
  };
  const takeKey = (): Promise<WrapKey> | undefined => {
    const taken = ahead ?? undefined;
    ahead = null;
    return taken;
  };
  const digest = (text: string) => createHash('sha256').update(text).digest();
  const own = digest(passphrase);
  return {
    protected: true,
    isPassphrase: (candidate) => timingSafeEqual(digest(candidate), own),
    async encode(plain) {
      const encrypter = new Encrypter();
      encrypter.addRecipient(new NodeScryptRecipient(passphrase, workFactor, takeKey()));
      try {
        return await collect(await encrypter.encrypt(sliced(plain)));
      } finally {
        // Not at once: the file is still being written, and scrypt would compete with the write.
        if (deriveAhead) setTimeout(prepare, AHEAD_DELAY_MS).unref();
      }
    },
    async decode(stored, label) {
      if (!isAgeFile(stored)) return stored;
      const decrypter = new Decrypter();
      decrypter.addIdentity(new NodeScryptIdentity(passphrase));
      const name = basename(label);
      let binary: Uint8Array;
      try {
        binary = startsWith(stored, BINARY_HEADER) ? stored : armor.decode(new TextDecoder().decode(stored));
      } catch {
        throw new PlannerError('NOT_A_PLAN', `Cannot open "${name}": it looks like an age-encrypted file but is damaged. Nothing was changed on disk.`);
      }
      try {
        const plain = await collect(await decrypter.decrypt(sliced(binary)));
        // The passphrase is right: the first save need not wait for its key.
        if (deriveAhead && !ahead) prepare();
        return plain;
      } catch (error) {
        if (error instanceof ScryptStanzaError) {
          throw new PlannerError('NOT_A_PLAN', `Cannot open "${name}": it is encrypted in a way Mandate Planner does not open (${error.message}). Nothing was changed on disk.`);
        }
        if (/no identity matched/i.test(String((error as Error).message))) {
          const forKeys = !/"scrypt"|-> scrypt /.test(new TextDecoder().decode(binary.subarray(0, 200)));
          throw forKeys
            ? new PlannerError('NOT_A_PLAN', `Cannot open "${name}": it is encrypted for an age key, not with a passphrase. Decrypt it with age first. Nothing was changed on disk.`)
            : new PlannerError('WRONG_PASSPHRASE', `That passphrase does not open "${name}". Check it and try again; nothing was changed on disk.`);
        }
        throw new PlannerError('NOT_A_PLAN', `Cannot open "${name}": it is an age-encrypted file, but it is damaged or cut short. Nothing was changed on disk.`);
      }
    },
  };
}
