/** What a file is, judged from its bytes alone, before any parser sees it. */
export type FileSignature = 'empty' | 'zip' | 'ole2' | 'ole2-encrypted' | 'other';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/**
 * Excel saves a password-protected .xlsx as an OLE2 container with these streams; their names sit
 * in the container's directory in UTF-16LE.
 */
const ENCRYPTION_STREAMS = ['EncryptionInfo', 'EncryptedPackage'].map((s) => Buffer.from(s, 'utf16le'));

export function fileSignature(buf: Buffer): FileSignature {
  if (buf.length === 0) return 'empty';
  if (buf.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) return 'zip';
  if (buf.subarray(0, OLE2_MAGIC.length).equals(OLE2_MAGIC)) {
    return ENCRYPTION_STREAMS.some((name) => buf.includes(name)) ? 'ole2-encrypted' : 'ole2';
  }
  return 'other';
}
