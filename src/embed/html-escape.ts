/**
 * Text as HTML: for element content and for quoted attribute values alike. Every character that can
 * open a tag, an entity or leave a quoted attribute is written as an entity, so a dataset text or a
 * search word stays text wherever it lands in a page or a snippet.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

const ENTITIES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};
