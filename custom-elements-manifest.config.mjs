// `npm run manifest`: custom-elements.json from the classes' JSDoc, for Storybook, IDEs and linters.

/** Lit's own static fields: how an element is built, not something a user of the element sets. */
const LIT_STATICS = new Set(['styles', 'properties', 'elementProperties', 'elementStyles', 'shadowRootOptions', 'formAssociated']);

/** Names in a class's `static properties = {…}` (or `static get properties()`) declared with `state: true`. */
function stateNamesOf(ts, classNode) {
  const names = new Set();
  for (const member of classNode.members) {
    const isStatic = ts.getModifiers?.(member)?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
    if (!isStatic || member.name?.getText() !== 'properties') continue;
    let object = ts.isPropertyDeclaration(member) ? member.initializer : undefined;
    if (ts.isGetAccessorDeclaration(member)) {
      const returned = member.body?.statements.find((statement) => ts.isReturnStatement(statement));
      object = returned?.expression;
    }
    if (!object || !ts.isObjectLiteralExpression(object)) continue;
    for (const property of object.properties) {
      if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
      const isState = property.initializer.properties.some((option) => ts.isPropertyAssignment(option)
        && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword);
      if (isState) names.add(property.name.getText().replace(/^['"]|['"]$/g, ''));
    }
  }
  return names;
}

/**
 * The manifest documents the public API only: what an editor types (attributes) and what a developer
 * may read or set (public properties, events, parts, custom properties). Private, protected and
 * `#private` members, Lit's statics and internal reactive state (`state: true`) are how an element
 * works inside; listed, Storybook would show them as controls and IDEs would offer them.
 */
function publicApiOnly() {
  const stateByClass = new Map();
  return {
    name: 'public-api-only',
    analyzePhase({ts, node}) {
      if (ts.isClassDeclaration(node) && node.name) stateByClass.set(node.name.getText(), stateNamesOf(ts, node));
    },
    packageLinkPhase({customElementsManifest}) {
      const declarations = customElementsManifest.modules.flatMap((module) => module.declarations ?? []);
      const byName = new Map(declarations.map((declaration) => [declaration.name, declaration]));
      // A class's internal state includes that of the classes it extends (their members are inherited).
      const internalStateOf = (declaration) => {
        const names = new Set();
        for (let current = declaration, depth = 0; current && depth < 20; current = byName.get(current.superclass?.name), depth++) {
          for (const name of stateByClass.get(current.name) ?? []) names.add(name);
        }
        return names;
      };
      for (const declaration of declarations) {
        if (declaration.kind !== 'class') continue;
        const state = internalStateOf(declaration);
        const isPublic = (member) => member.privacy !== 'private' && member.privacy !== 'protected'
          && !member.name.startsWith('#') && !state.has(member.name) && !(member.static && LIT_STATICS.has(member.name));
        const hidden = new Set((declaration.members ?? []).filter((member) => !isPublic(member)).map((member) => member.name));
        if (declaration.members) declaration.members = declaration.members.filter(isPublic);
        if (declaration.attributes) {
          declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName ?? attribute.name)
            && !state.has(attribute.fieldName ?? attribute.name));
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/data/**', 'src/state/**'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly()],
};
