/**
 * Runs `load` once, as soon as an element with this tag name is in the document: now, or when a
 * CMS script adds one later. Keeps code that few pages need out of the first download.
 */
export function whenElementAppears(tagName: string, load: () => Promise<unknown>): void {
  if (customElements.get(tagName)) return;
  let loading = false;
  const observer = new MutationObserver(() => check());
  const check = () => {
    if (loading || !document.querySelector(tagName)) return;
    loading = true;
    observer.disconnect();
    load().catch((error: unknown) => console.error(`scholingsfactoren: <${tagName}> kon niet worden geladen`, error));
  };
  observer.observe(document.documentElement, {childList: true, subtree: true});
  check();
}
