// Bytes to text. X12 is ASCII in practice, but real files arrive with a UTF-8 byte-order mark or as
// UTF-16 (exported from Windows tools); both are detected here instead of being read as garbage.

export type X12Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Detects the encoding from the first bytes: a BOM, or 'I\0S\0A\0' / '\0I\0S\0A' without one. */
export function sniffEncoding(head: Uint8Array): X12Encoding {
  const [a, b] = [head[0], head[1]];
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  // Without a BOM: ASCII text in UTF-16 has a zero byte beside every character.
  if (head.length >= 4 && a !== 0 && b === 0 && head[2] !== 0 && head[3] === 0) return 'utf-16le';
  if (head.length >= 4 && a === 0 && b !== 0 && head[2] === 0 && head[3] !== 0) return 'utf-16be';
  return 'utf-8';
}

/** Decodes a whole X12 file to text, dropping any byte-order mark. */
export function decodeX12(input: string | Uint8Array): { text: string; encoding: X12Encoding } {
  if (typeof input === 'string') {
    return { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, encoding: 'utf-8' };
  }
  const encoding = sniffEncoding(input);
  // TextDecoder drops the BOM by default (ignoreBOM: false); invalid bytes become U+FFFD, never a throw.
  const text = new TextDecoder(encoding).decode(input);
  return { text, encoding };
}

/** A streaming decoder for chunks, chosen from the first chunk. */
export function chunkDecoder(head: Uint8Array): { encoding: X12Encoding; decoder: InstanceType<typeof TextDecoder> } {
  const encoding = sniffEncoding(head);
  return { encoding, decoder: new TextDecoder(encoding) };
}
