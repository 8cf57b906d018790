'use client';
// Loads the elements with Lit's hydration support: the table takes over the server's markup as it is.
import 'scholingsfactoren/hydrate';

export function Hydrate() {
  return null;
}
