import {nothing} from 'lit';

/**
 * An arg as the attribute an editor would type: a list from a check control joined with spaces
 * (`actor="werkgever trainer"`), and no attribute at all for an empty or missing value. For booleans
 * use Lit's `?name=${…}`, which leaves the attribute out when false.
 */
export function attr(value: unknown): string | typeof nothing {
  const text = Array.isArray(value) ? value.join(' ') : value;
  return text === undefined || text === null || text === '' ? nothing : String(text);
}
