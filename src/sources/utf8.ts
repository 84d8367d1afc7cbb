/**
 * Decodes UTF-8 strictly. On failure, returns the 1-based line of the first invalid byte:
 * a streaming decoder only throws on a complete invalid sequence, so "this prefix throws" is
 * monotone and a binary search finds the first bad byte in O(n log n) without a hand-written
 * validator.
 */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; line: number; offset: number } {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidOffset(bytes);
    return { ok: false, offset, line: lineOfOffset(bytes, offset) };
  }
}

function prefixThrows(bytes: Uint8Array, length: number): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
    return false;
  } catch {
    return true;
  }
}

function firstInvalidOffset(bytes: Uint8Array): number {
  // A truncated sequence at the very end only fails on the final flush.
  if (!prefixThrows(bytes, bytes.length)) return Math.max(0, bytes.length - 1);
  let low = 0; // prefix of this length decodes
  let high = bytes.length; // prefix of this length throws
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (prefixThrows(bytes, middle)) high = middle;
    else low = middle;
  }
  return high - 1;
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
