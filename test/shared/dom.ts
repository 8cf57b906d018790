/** Every element under `root`, also inside open shadow roots at any depth (the dialog's cards live in the table's). */
export function deepElements(root: ParentNode = document): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return found;
}
