/**
 * Sets every entry's date in a zip file to one day. docx zips with the clock (in local time), so
 * two exports of the same plan a second apart would differ; the date fields are outside the
 * checksummed data, so rewriting them in place leaves the archive valid.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** An MS-DOS date for YYYY-MM-DD (midnight: the time field is 0). */
function dosDate(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return ((y - 1980) << 9) | (m << 5) | d;
}

/** A copy of `zip` with every entry dated `isoDate` at 00:00. Throws on anything but a plain zip. */
export function fixZipDates(zip: Buffer, isoDate: string): Buffer {
  const out = Buffer.from(zip);
  const date = dosDate(isoDate);
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (out.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('The Word file is not a zip archive.');
  const entries = out.readUInt16LE(eocd + 10);
  let at = out.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (out.readUInt32LE(at) !== CENTRAL) throw new Error('The Word file has a damaged zip directory.');
    out.writeUInt16LE(0, at + 12);
    out.writeUInt16LE(date, at + 14);
    const local = out.readUInt32LE(at + 42);
    if (out.readUInt32LE(local) !== LOCAL) throw new Error('The Word file has a damaged zip entry.');
    out.writeUInt16LE(0, local + 10);
    out.writeUInt16LE(date, local + 12);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}
