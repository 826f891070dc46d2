// Which icons the app ships and how favicon.ico is packed; scripts/generate-icons.ts draws them.

export interface IconSpec {
  file: string;
  size: number;
  /** Rounded corners with transparent edges ("any" icons); the others are full-bleed squares. */
  rounded: boolean;
}

export const ICONS: IconSpec[] = [
  { file: 'icon-192.png', size: 192, rounded: true },
  { file: 'icon-512.png', size: 512, rounded: true },
  // Launchers cut their own shape out of these, so they fill every pixel.
  { file: 'icon-maskable-512.png', size: 512, rounded: false },
  // iOS rounds the corners itself and shows transparency as black: opaque, square.
  { file: 'apple-touch-icon-180.png', size: 180, rounded: false },
];

/** Sizes packed into favicon.ico (not written as separate files). */
export const FAVICON_SIZES = [16, 32, 48];

/** An .ico file holding PNG images (supported by every browser that still asks for one). */
export function icoFromPngs(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}
