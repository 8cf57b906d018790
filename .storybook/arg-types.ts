/**
 * Storybook's arg table, built from custom-elements.json: one arg per attribute, named and valued as an
 * editor types it in HTML (`no-search`, `actor="werkgever trainer"`), with the control that suits it.
 * The manifest knows each attribute's name, type, default and description; what it cannot know is
 * added here: the values that come from the dataset and the library's vocabularies.
 */
import type {ArgTypes} from '@storybook/web-components-vite';
import {ACTORS, KINDS, bundledDataset} from '../src/data/index.js';

interface ManifestType { readonly text?: string }
interface ManifestItem { readonly name: string; readonly description?: string; readonly summary?: string; readonly type?: ManifestType; readonly default?: string }
interface ManifestAttribute extends ManifestItem { readonly fieldName?: string }
interface ManifestMember extends ManifestItem { readonly kind?: string; readonly static?: boolean; readonly privacy?: string; readonly readonly?: boolean }
export interface ManifestDeclaration {
  readonly kind?: string;
  readonly name?: string;
  readonly tagName?: string;
  readonly description?: string;
  readonly summary?: string;
  readonly attributes?: readonly ManifestAttribute[];
  readonly members?: readonly ManifestMember[];
  readonly events?: readonly ManifestItem[];
  readonly slots?: readonly ManifestItem[];
  readonly cssParts?: readonly ManifestItem[];
  readonly cssProperties?: readonly ManifestItem[];
}
export interface Manifest { readonly modules?: readonly {readonly declarations?: readonly ManifestDeclaration[]}[] }

/** The manifest's entry for a tag, if it has one. */
export function declarationOf(manifest: Manifest, tagName: string): ManifestDeclaration | undefined {
  return manifest.modules?.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tagName);
}

type InputType = ArgTypes[string];

const sources = bundledDataset.sources;

/**
 * Controls the manifest cannot derive. A `mapping` onto itself keeps Storybook from converting a value
 * to the arg's inferred type: `actor` is a list in the check control but a word in a URL
 * (`args=actor:werkgever`), and both must reach the attribute.
 */
const identity = (values: readonly (string | number)[]) => Object.fromEntries(values.map((value) => [value, value]));
const CONTROLS: Record<string, Partial<InputType>> = {
  kind: {control: {type: 'select'}, options: [...KINDS]},
  actor: {control: {type: 'inline-check'}, options: [...ACTORS], mapping: identity(ACTORS)},
  // Value is the id an editor types; the label is the citation a designer recognises.
  source: {
    control: {type: 'select', labels: Object.fromEntries(sources.map((source) => [source.id, `${source.citation} · ${source.id}`]))},
    options: sources.map((source) => source.id),
  },
  lang: {control: {type: 'select'}, options: ['nl', 'en']},
  // AxisOrder in the manifest: a type name, not its values.
  order: {control: {type: 'select'}, options: ['total', 'document']},
  'heading-level': {control: {type: 'number', min: 1, max: 6, step: 1}},
};

/** `'horizontal' | 'vertical'` → ['horizontal', 'vertical']; anything else → undefined. */
function literalUnion(typeText: string): string[] | undefined {
  const parts = typeText.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
  const literals = parts.map((part) => /^'([^']*)'$|^"([^"]*)"$/.exec(part)).map((match) => match?.[1] ?? match?.[2]);
  return parts.length > 0 && literals.every((literal) => literal !== undefined) ? (literals as string[]) : undefined;
}

/** The control for an attribute: a known one, a toggle for a boolean, a select for a list of words, else text. */
function controlFor(attribute: ManifestAttribute): Partial<InputType> {
  const known = CONTROLS[attribute.name];
  if (known) return known;
  const typeText = attribute.type?.text ?? 'string';
  if (typeText === 'boolean') return {control: {type: 'boolean'}, type: {name: 'boolean'}};
  if (typeText === 'number') return {control: {type: 'number'}, type: {name: 'number'}};
  const options = literalUnion(typeText);
  if (options) return {control: {type: 'select'}, options};
  return {control: {type: 'text'}, type: {name: 'string'}};
}

const describe = (item: ManifestItem) => item.description ?? item.summary ?? '';

/** A default as the manifest writes it, when it is a value (`false`, `3`, `'horizontal'`), not a constant's name. */
const defaultOf = (attribute: ManifestAttribute) =>
  attribute.default !== undefined && !/^[A-Z][A-Z0-9_]*$/.test(attribute.default) ? {summary: attribute.default} : undefined;

/**
 * The arg table of one element: its attributes with controls; then, without controls, the public
 * properties that no attribute mirrors (`data`, `visibleFactors`), its events and slots. Parts and
 * custom properties have a table of their own on the docs page (.storybook/ElementDocs.mdx).
 */
export function argTypesFromManifest(manifest: Manifest, tagName: string): ArgTypes {
  const declaration = declarationOf(manifest, tagName);
  if (!declaration) return {};
  const argTypes: ArgTypes = {};
  for (const attribute of declaration.attributes ?? []) {
    argTypes[attribute.name] = {
      name: attribute.name,
      description: describe(attribute),
      table: {category: 'attributes', type: {summary: attribute.type?.text ?? 'string'}, defaultValue: defaultOf(attribute)},
      ...controlFor(attribute),
    };
  }
  const mirrored = new Set((declaration.attributes ?? []).map((attribute) => attribute.fieldName ?? attribute.name));
  for (const member of declaration.members ?? []) {
    if (member.kind !== 'field' || member.static || mirrored.has(member.name)) continue;
    argTypes[member.name] = {
      name: member.name,
      description: describe(member),
      control: false,
      table: {category: 'properties', type: {summary: member.type?.text ?? ''}, readonly: member.readonly},
    };
  }
  for (const event of declaration.events ?? []) {
    argTypes[event.name] = {name: event.name, description: describe(event), control: false, table: {category: 'events'}};
  }
  for (const slot of declaration.slots ?? []) {
    const name = slot.name === '' ? 'standaard slot' : `slot ${slot.name}`;
    argTypes[name] = {name: slot.name === '' ? '(standaard)' : slot.name, description: describe(slot), control: false, table: {category: 'slots'}};
  }
  return argTypes;
}
