/** What tests of printing share. */

/**
 * Resolves once the printout's module (src/elements/printout/, which comes with the card:
 * src/elements/secondary-elements.ts), which the elements ask for at a reader's first sign of life (a
 * key, as Ctrl+P starts with), has arrived and the elements have taken it: from then on, `beforeprint`
 * adds what paper shows.
 */
export async function printoutLoaded(): Promise<void> {
  dispatchEvent(new KeyboardEvent('keydown', {key: 'Control'}));
  await import('../../src/elements/secondary-elements.js');
  // The elements take it in a promise callback of their own, queued before this one resumed.
  await new Promise((resolve) => setTimeout(resolve));
}
