// The messages between an embed page and the page around its iframe (docs/api.md, "Embedding without a
// script line"): the frame reports its height, and the parent may ask for it again.

/** `{type: HEIGHT_MESSAGE, height: <CSS px>}`, from the embed page to its parent. */
export const HEIGHT_MESSAGE = 'scholingsfactoren:height';
/** `{type: HEIGHT_REQUEST}`, from the parent: embed.js loads `async`, maybe after a frame's first report. */
export const HEIGHT_REQUEST = 'scholingsfactoren:height-request';

/**
 * `{type: VIEWPORT_MESSAGE, top, height}`, from embed.js to a frame it sizes: the part of the frame the
 * reader sees, in the frame's CSS px. The frame is as tall as its page, so a dialog centred in it could open
 * far from the reader; the page opens it in that part instead.
 */
export const VIEWPORT_MESSAGE = 'scholingsfactoren:viewport';

/** The seen part a viewport message gives, or `undefined` for anything else. */
export function seenPart(data: unknown): {top: number; height: number} | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const {type, top, height} = data as {type?: unknown; top?: unknown; height?: unknown};
  if (type !== VIEWPORT_MESSAGE || typeof top !== 'number' || typeof height !== 'number') return undefined;
  return Number.isFinite(top) && Number.isFinite(height) ? {top: Math.max(0, top), height: Math.max(0, height)} : undefined;
}

/** The heights embed.js accepts: a frame never gets smaller than a line, nor absurdly tall. */
export const MIN_FRAME_HEIGHT = 40;
export const MAX_FRAME_HEIGHT = 100_000;

/** The height a message asks for, clamped, or `undefined` for anything that is not a height message. */
export function requestedHeight(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const {type, height} = data as {type?: unknown; height?: unknown};
  if (type !== HEIGHT_MESSAGE || typeof height !== 'number' || !Number.isFinite(height)) return undefined;
  return Math.min(MAX_FRAME_HEIGHT, Math.max(MIN_FRAME_HEIGHT, Math.ceil(height)));
}

/** Gives a frame the height its page reported: the inside, so a `box-sizing: border-box` adds its border. */
export function setFrameHeight(frame: HTMLIFrameElement, height: number): void {
  const border = getComputedStyle(frame).boxSizing === 'border-box' ? frame.offsetHeight - frame.clientHeight : 0;
  // A property of the element's style, not a style attribute: allowed on pages with a strict CSP.
  frame.style.height = `${height + border}px`;
}
