/**
 * Puts text on the clipboard. The Clipboard API first; where it is missing (an http CMS page, an old browser)
 * or refuses (no permission, no focus), a hidden textarea in the element's own shadow root is selected and
 * copied with `document.execCommand('copy')`. Focus goes back to where it was. Resolves to whether it worked.
 */
export async function copyToClipboard(text: string, root: ShadowRoot | HTMLElement): Promise<boolean> {
  try {
    if (typeof navigator.clipboard?.writeText === 'function') {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused: fall through to the textarea.
  }
  return copyWithTextarea(text, root);
}

/** The fallback path on its own: select a hidden, read-only textarea and ask the browser to copy. */
export function copyWithTextarea(text: string, root: ShadowRoot | HTMLElement): boolean {
  const previous = (root instanceof ShadowRoot ? root.activeElement : document.activeElement) as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.tabIndex = -1;
  area.setAttribute('aria-hidden', 'true');
  // A class, not an inline style: pages with a strict Content-Security-Policy refuse inline styles.
  area.className = 'clipboard-buffer';
  root.appendChild(area);
  let copied = false;
  try {
    area.select();
    area.setSelectionRange(0, text.length);
    copied = document.execCommand('copy');
  } catch {
    // Refused: not copied.
  } finally {
    area.remove();
    previous?.focus();
  }
  return copied;
}
