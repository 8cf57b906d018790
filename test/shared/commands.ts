/**
 * What a test asks of the browser from outside the page, the same in Chromium, Firefox and WebKit
 * (test/runner/commands.js does the work per engine).
 */
import {executeServerCommand} from '@web/test-runner-commands';

/** Presses a key, or a chord such as `Shift+Tab` or `Control+End` (held down, as a person does). */
export async function press(key: string): Promise<void> {
  await executeServerCommand('sf-keys', {press: key});
}

/** Types text with real key presses, into whatever has the focus. */
export async function type(text: string): Promise<void> {
  await executeServerCommand('sf-keys', {type: text});
}

/** Sizes the viewport (the layout width a reader's window gives the page). */
export async function setViewport(size: {width: number; height: number}): Promise<void> {
  await executeServerCommand('sf-viewport', size);
}

/** Emulates a media type or user preference. Chromium only: a file that uses it says `@engines chromium`. */
export async function emulateMedia(media: {media?: 'screen' | 'print'; reducedMotion?: 'reduce' | 'no-preference'; forcedColors?: 'active' | 'none'}): Promise<void> {
  const result = await executeServerCommand<{refused?: string} | true, typeof media>('sf-media', media);
  if (typeof result === 'object' && result.refused) throw new Error(result.refused);
}

/** A PDF of a page: its number of pages, page size in points (A4: 595.92 × 841.92) and the text of each page. */
export interface Pdf {
  readonly pages: number;
  readonly size: readonly [number, number];
  readonly text: readonly string[];
  /** Per page: how far down its lowest word reaches, as a part of the page's height (0 to 1). */
  readonly filled: readonly number[];
}

/**
 * Prints a page to PDF as "save as PDF" does (A4, 1 cm margins): the page at `url` (from the test server's
 * root), opened in a tab of its own and printed once it has loaded and the network is quiet, and the
 * elements named in `defined` (loaded when their tag appears) have rendered; or, without `url`, the test
 * page as it is. Chromium and Firefox: a file that uses it says `@engines chromium, firefox`.
 */
export async function printToPdf(url?: string, {defined = []}: {defined?: string[]} = {}): Promise<Pdf> {
  const result = await executeServerCommand<Pdf | {refused: string}, {url?: string; defined: string[]}>('sf-pdf', {url, defined});
  if ('refused' in result) throw new Error(result.refused);
  return result;
}
