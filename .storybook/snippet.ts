/**
 * The "copy this HTML" snippet of a docs page: Storybook renders the story (without decorators) and
 * takes its HTML; this writes it as an editor would type it. One line per element, boolean attributes
 * bare (`no-search`, not `no-search=""`).
 */
export function tidySnippet(code: string): string {
  return code
    .replace(/<([a-z][\w-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*>/g,
      (_tag, name: string, attributes: string) => `<${name}${attributes.replace(/\s+/g, ' ').replace(/=""/g, '')}>`)
    .replace(/\n\s*\n/g, '\n')
    .trim();
}
