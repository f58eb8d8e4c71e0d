/** The plan file's two conversions through a codec, with Buffers on the file code's side. */
import { plainCodec } from './plan-codec';
import type { PlanCodec } from './plan-codec';

const asBuffer = (bytes: Uint8Array) => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

/** The plan's JSON bytes from the file's bytes; the very same Buffer when the file is not encrypted. */
export async function decodeStored(stored: Buffer, label: string, codec: PlanCodec = plainCodec): Promise<Buffer> {
  const plain = await codec.decode(stored, label);
  return plain === stored ? stored : asBuffer(plain);
}

/** The bytes to write for the plan's JSON bytes. */
export async function encodeForDisk(plain: Buffer, codec: PlanCodec = plainCodec): Promise<Buffer> {
  const stored = await codec.encode(plain);
  return stored === plain ? plain : asBuffer(stored);
}
