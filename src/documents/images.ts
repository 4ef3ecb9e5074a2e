import sharp from 'sharp';

/** Larger pictures are refused before decoding: a small file can claim a huge canvas. */
export const MAX_IMAGE_PIXELS = 40_000_000;
const THUMBNAIL_WIDTH = 320;

export interface CleanImage {
  bytes: Buffer;
  mediaType: string;
  extension: string;
  width: number;
  height: number;
  thumbnail: Buffer;
}

/**
 * Re-encodes an uploaded picture with sharp: turned upright by its EXIF orientation, then written
 * anew without any metadata (sharp keeps none unless asked), so where and with what a photo was
 * taken never leaves the uploader's computer. Only the first frame of an animation is kept. A
 * thumbnail (WebP, 320 pixels wide at most) is made at the same time. Null when the bytes do not
 * decode as a picture, or the picture is larger than `MAX_IMAGE_PIXELS`.
 */
export async function cleanImage(input: Buffer, mediaType: string): Promise<CleanImage | null> {
  try {
    const source = sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' }).rotate();
    const output =
      mediaType === 'image/jpeg'
        ? { pipeline: source.jpeg({ quality: 85, mozjpeg: true }), mediaType, extension: 'jpg' }
        : mediaType === 'image/webp'
          ? { pipeline: source.webp({ quality: 85 }), mediaType, extension: 'webp' }
          : { pipeline: source.png(), mediaType: 'image/png', extension: 'png' };
    const { data, info } = await output.pipeline.toBuffer({ resolveWithObject: true });
    const thumbnail = await sharp(data)
      .resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true })
      .webp({ quality: 75 })
      .toBuffer();
    return {
      bytes: data,
      mediaType: output.mediaType,
      extension: output.extension,
      width: info.width,
      height: info.height,
      thumbnail,
    };
  } catch {
    return null;
  }
}
