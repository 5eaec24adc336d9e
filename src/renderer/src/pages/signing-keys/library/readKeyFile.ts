/** Files bigger than this are not keys (the contract refuses inputs over 1 MiB too). */
const MAX_KEY_FILE_BYTES = 1024 * 1024;

export interface KeyFileText {
  text: string;
  /** True when the file was binary (DER) and is given as base64, which the import understands. */
  base64: boolean;
}

/**
 * A key file as text for the import field. PEM and JWK files are text; a DER file (.der, .cer) is
 * not valid UTF-8, so it is passed on as base64 instead of being garbled by decoding.
 */
export async function readKeyFile(file: File): Promise<KeyFileText> {
  if (file.size > MAX_KEY_FILE_BYTES) throw new Error(`${file.name} is ${file.size.toLocaleString()} bytes; a key file is at most 1 MiB.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (!text.includes('\u0000')) return { text, base64: false };
  } catch {
    // Not UTF-8: binary, handled below.
  }
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return { text: btoa(binary), base64: true };
}
