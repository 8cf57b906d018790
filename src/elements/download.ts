/**
 * Offers text as a file download: a Blob, an object URL and a hidden `<a download>` inside the element,
 * so nothing is added to the page's own DOM. The URL is released a moment later.
 */
export function downloadText(root: ShadowRoot | HTMLElement, text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], {type}));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from a source id: letters, digits, "-" and "_" only, whatever a dataset from `src` holds. */
export const safeFileName = (name: string): string => name.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'bron';
