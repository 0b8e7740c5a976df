import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * How a stored scan is encrypted: AES-256-GCM under a key of its own, made for that file; the file
 * key is itself encrypted (wrapped) with the store key, AES-256-GCM too, in the file's header. The
 * header is authenticated with the content, so no byte of the file can change unnoticed.
 *
 *   "QBL\x01" | wrap IV (12) | wrap tag (16) | wrapped file key (32) | data IV (12) | content | tag (16)
 */
const MAGIC = Buffer.from('QBL\x01', 'latin1');
const HEADER_BYTES = 4 + 12 + 16 + 32 + 12;
const TAG_BYTES = 16;

class SealedBlobError extends Error {
  override readonly name = 'SealedBlobError';
}

/**
 * Starts sealing one file: a new file key, and the header that carries it wrapped by the store key
 * with the data IV. The sealer writes `header`, then the content encrypted under `fileKey` and
 * `dataIv` with the header as additional data, then the tag.
 */
export function newFileHeader(storeKey: Buffer): { header: Buffer; fileKey: Buffer; dataIv: Buffer } {
  const fileKey = randomBytes(32);
  const wrapIv = randomBytes(12);
  const wrap = createCipheriv('aes-256-gcm', storeKey, wrapIv);
  wrap.setAAD(MAGIC);
  const wrapped = Buffer.concat([wrap.update(fileKey), wrap.final()]);
  const dataIv = randomBytes(12);
  return { header: Buffer.concat([MAGIC, wrapIv, wrap.getAuthTag(), wrapped, dataIv]), fileKey, dataIv };
}

/** Whether a file's first bytes are a sealed blob's (a scan the previous release stored is not). */
export function isSealed(firstBytes: Buffer): boolean {
  return firstBytes.length >= MAGIC.length && firstBytes.subarray(0, MAGIC.length).equals(MAGIC);
}

/** The content of a sealed file; throws SealedBlobError if it was changed or another key sealed it. */
export function unseal(sealed: Buffer, storeKey: Buffer): Buffer {
  if (sealed.length < HEADER_BYTES + TAG_BYTES || !isSealed(sealed)) throw new SealedBlobError('not a sealed blob');
  const header = sealed.subarray(0, HEADER_BYTES);
  try {
    const unwrap = createDecipheriv('aes-256-gcm', storeKey, header.subarray(4, 16));
    unwrap.setAAD(MAGIC);
    unwrap.setAuthTag(header.subarray(16, 32));
    const fileKey = Buffer.concat([unwrap.update(header.subarray(32, 64)), unwrap.final()]);
    const decipher = createDecipheriv('aes-256-gcm', fileKey, header.subarray(64, HEADER_BYTES));
    decipher.setAAD(header);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    const content = decipher.update(sealed.subarray(HEADER_BYTES, sealed.length - TAG_BYTES));
    // GCM's final answers no bytes, only whether the tag holds: no copy of a whole scan to join it.
    const rest = decipher.final();
    return rest.length === 0 ? content : Buffer.concat([content, rest]);
  } catch {
    throw new SealedBlobError('blob does not authenticate');
  }
}
