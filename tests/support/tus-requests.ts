import { createHash } from 'node:crypto';

/**
 * Raw tus requests to the reference central server, as another client would send them: for the
 * tests of the server's side of uploads, without the desk's client in between.
 */
export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const tusHeaders = (credential: string | null, extra: Record<string, string> = {}) => ({
  'tus-resumable': '1.0.0',
  ...(credential ? { authorization: `Bearer ${credential}` } : {}),
  ...extra,
});

export const uploadMetadata = (sha256: string, size: number) => `sha256 ${Buffer.from(sha256).toString('base64')},size ${Buffer.from(String(size)).toString('base64')}`;

/** POST /v1/uploads: the answer, and the upload's address when it was created. */
export async function createUpload(server: string, credential: string | null, sha256: string, size: number) {
  const response = await fetch(`${server}/v1/uploads`, {
    method: 'POST',
    headers: tusHeaders(credential, { 'upload-length': String(size), 'upload-metadata': uploadMetadata(sha256, size) }),
  });
  const body = await response.text();
  const location = response.headers.get('location');
  return { status: response.status, body, headers: response.headers, url: location ? new URL(location, server).toString() : null };
}

export async function patchUpload(url: string, credential: string | null, offset: number, bytes: Uint8Array) {
  const response = await fetch(url, {
    method: 'PATCH',
    headers: tusHeaders(credential, { 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' }),
    body: new Uint8Array(bytes),
  });
  return { status: response.status, body: await response.text(), headers: response.headers, offset: Number(response.headers.get('upload-offset')) };
}

export async function uploadOffset(url: string, credential: string | null) {
  const response = await fetch(url, { method: 'HEAD', headers: tusHeaders(credential) });
  return { status: response.status, headers: response.headers, offset: Number(response.headers.get('upload-offset')) };
}

/** The whole of `bytes` in one creation and one PATCH. */
export async function uploadWhole(server: string, credential: string, bytes: Uint8Array, sha256 = sha256Of(bytes)) {
  const created = await createUpload(server, credential, sha256, bytes.length);
  if (!created.url) return { created, patched: null };
  return { created, patched: await patchUpload(created.url, credential, 0, bytes) };
}
