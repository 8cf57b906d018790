/**
 * What the browser hands a screen reader: roles and accessible names, from the engine's own automation
 * (test/runner/commands.js), since nothing in a page can ask the browser for them.
 */
import {executeServerCommand} from '@web/test-runner-commands';

export interface RoleAndName {
  readonly role: string;
  readonly name: string;
}

/** The engine's answer for one element: its role and name (null where the engine cannot say them), and whether they are the expected ones. */
export interface AccessibleName {
  readonly role: string | null;
  readonly name: string | null;
  readonly found: boolean;
}

/** A node of Chromium's accessibility tree: role, name, what a reader hears of its state, and its children. */
export interface AXNode {
  readonly role: string;
  readonly name: string;
  readonly description?: string;
  readonly pressed?: string;
  readonly selected?: boolean;
  readonly level?: number;
  readonly live?: string;
  readonly children: readonly AXNode[];
}

/**
 * The role and accessible name the browser computes for each element. Chromium and WebKit say them;
 * Firefox only answers whether it finds each element by its expected role and name.
 */
export async function accessibleNames(elements: readonly Element[], expected: readonly RoleAndName[]): Promise<AccessibleName[]> {
  const page = window as unknown as {__sfAccessibilityProbes?: readonly Element[]};
  page.__sfAccessibilityProbes = elements;
  try {
    return await executeServerCommand<AccessibleName[], {expected: readonly RoleAndName[]}>('sf-accessible-names', {expected});
  } finally {
    delete page.__sfAccessibilityProbes;
  }
}

/** Chromium's accessibility tree of this page (the DevTools protocol); a file that uses it says `@engines chromium`. */
export async function accessibilityTree(): Promise<AXNode[]> {
  const result = await executeServerCommand<{tree?: AXNode[]; refused?: string}, Record<string, never>>('sf-accessibility-tree', {});
  if (!result.tree) throw new Error(result.refused ?? 'no accessibility tree');
  return result.tree;
}

/** Every node of `roots` and below, depth first. */
export function allNodes(roots: readonly AXNode[]): AXNode[] {
  return roots.flatMap((node) => [node, ...allNodes(node.children)]);
}

/** The first node with `role` (and `name`, when given). */
export function findNode(roots: readonly AXNode[], role: string, name?: string | RegExp): AXNode | undefined {
  return allNodes(roots).find((node) => node.role === role
    && (name === undefined || (typeof name === 'string' ? node.name === name : name.test(node.name))));
}
