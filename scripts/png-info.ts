/** Width, height and whether a PNG can hold any transparency, read from its chunks. */
export interface PngInfo {
  width: number;
  height: number;
  mayBeTransparent: boolean;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function pngInfo(bytes: Uint8Array): PngInfo {
  if (SIGNATURE.some((byte, index) => bytes[index] !== byte)) throw new Error('not a PNG file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // IHDR comes first: width, height, bit depth, colour type.
  const colourType = view.getUint8(25);
  let transparencyChunk = false;
  for (let offset = 8; offset + 8 <= bytes.length; ) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (type === 'tRNS') transparencyChunk = true;
    if (type === 'IEND') break;
    offset += 12 + length;
  }
  return {
    width: view.getUint32(16),
    height: view.getUint32(20),
    // Colour types 4 and 6 carry an alpha channel; tRNS adds transparency to the others.
    mayBeTransparent: colourType === 4 || colourType === 6 || transparencyChunk,
  };
}
