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
