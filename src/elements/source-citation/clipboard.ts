import type {ReactiveElement} from 'lit';

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

/** How long "Gekopieerd" stays visible; screen readers have read it long before. */
const MESSAGE_MS = 6000;

/** The copy buttons of an element, as `copyButtons` gives them. */
export interface CopyButtons {
  /** Copies `text` and says how it went (`messages.copied` or `messages.copyFailed`) beside the button of `key`. */
  copy(key: string, text: string, messages: {readonly copied: string; readonly copyFailed: string}): Promise<void>;
  /** What the action bar of `key` says now: '' where it says nothing. */
  messageFor(key: string): string;
}

/**
 * An element's copy buttons: copies, then says how it went in the live region of the button's own action
 * bar (`key`) for a while, so that the message does not outlive what it is about. A reactive controller
 * of `host`: the timer goes when the element goes.
 */
export function copyButtons(host: ReactiveElement): CopyButtons {
  let said: {readonly key: string; readonly message: string} | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Without a message: says nothing. */
  const say = (next?: typeof said) => {
    said = next;
    host.requestUpdate();
  };
  host.addController({hostDisconnected: () => clearTimeout(timer)});
  return {
    async copy(key, text, messages) {
      const copied = await copyToClipboard(text, host.renderRoot as ShadowRoot);
      // Cleared first and said after a render, so the same words said twice are spoken twice.
      clearTimeout(timer);
      say();
      await host.updateComplete;
      say({key, message: copied ? messages.copied : messages.copyFailed});
      timer = setTimeout(() => say(), MESSAGE_MS);
    },
    messageFor: (key) => (said?.key === key ? said.message : ''),
  };
}
