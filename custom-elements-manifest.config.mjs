// `npm run manifest`: custom-elements.json from the classes' JSDoc, for Storybook, IDEs and linters,
// and from it the typings and editor data for the frameworks (dist/frameworks/, after the build's tsc).
import {readFileSync, writeFileSync} from 'node:fs';
import {join, posix} from 'node:path';
import {generateJsxTypes} from 'custom-element-jsx-integration';
import {generateVuejsTypes} from 'custom-element-vuejs-integration';
import {generateVsCodeCustomElementData} from 'custom-element-vs-code-integration';
import {generateJetBrainsWebTypes} from 'custom-element-jet-brains-integration';

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

/**
 * An explicit `@default` in a field's JSDoc wins over its initializer: `group = DEFAULT_GROUP` would
 * otherwise document the constant's name ("DEFAULT_GROUP") as the value an editor can type.
 */
function explicitDefaults() {
  const defaults = new Map(); // "Class.field" → the @default text
  return {
    name: 'explicit-defaults',
    analyzePhase({ts, node}) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const tag = ts.getJSDocTags(member).find((found) => found.tagName.getText() === 'default');
        const comment = typeof tag?.comment === 'string' ? tag.comment.trim() : undefined;
        if (comment && member.name) defaults.set(`${node.name.getText()}.${member.name.getText()}`, comment);
      }
    },
    packageLinkPhase({customElementsManifest}) {
      for (const declaration of classesOf(customElementsManifest)) {
        for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
          const owner = item.inheritedFrom?.name ?? declaration.name;
          const value = defaults.get(`${owner}.${item.fieldName ?? item.name}`);
          if (value !== undefined) item.default = value;
        }
      }
    },
  };
}

/**
 * One `custom-element-definition` per tag, where `defineElement('factor-table', FactorTable)` registers
 * it (src/elements/define.ts). The analyzer only knows `customElements.define(name, element)`, and reads
 * the one call inside defineElement as a tag called "name": no definition whose name is no valid tag name.
 */
function elementDefinitions() {
  return {
    name: 'element-definitions',
    analyzePhase({ts, node, moduleDoc}) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: {name: element.text, module: moduleOfImport(ts, node.getSourceFile(), moduleDoc.path, element.text)},
      });
    },
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules) {
        if (module.exports) module.exports = module.exports.filter((entry) => entry.kind !== 'custom-element-definition' || /^[a-z][\w.]*-[\w.-]*$/.test(entry.name));
      }
      // The CDN entry (src/cdn.ts) defines the table itself, to have it in the first request; the element's
      // own module (src/elements/factor-table/factor-table.ts) is where the package defines it.
      const cdnEntry = customElementsManifest.modules.find((module) => /(^|\/)cdn\.(ts|js)$/.test(module.path));
      if (cdnEntry?.exports) cdnEntry.exports = cdnEntry.exports.filter((entry) => entry.kind !== 'custom-element-definition');
    },
  };
}

/** The module (as the manifest writes paths) that `name` is imported from in `sourceFile`, else the file itself. */
function moduleOfImport(ts, sourceFile, path, name) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings) || !bindings.elements.some((element) => element.name.text === name)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!specifier.startsWith('.')) return specifier;
    return posix.join(posix.dirname(path), specifier).replace(/\.js$/, '.ts');
  }
  return path;
}

/**
 * Paths as the package ships them: `dist/elements/factor-table/factor-table.js`, not the TypeScript
 * source that the analyzer reads and the package does not contain. Storybook and IDEs resolve them.
 */
function distPaths() {
  const toDist = (path) => path?.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');
  const fixReference = (reference) => {
    if (reference?.module) reference.module = toDist(reference.module);
  };
  return {
    name: 'dist-paths',
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules) {
        // A re-export (`export * from './elements/…'`) names its module relative to the file.
        for (const entry of module.exports ?? []) {
          if (entry.declaration?.module?.startsWith('.')) entry.declaration.module = posix.join(posix.dirname(module.path), entry.declaration.module);
        }
        module.path = toDist(module.path);
        for (const entry of module.exports ?? []) fixReference(entry.declaration);
        for (const declaration of module.declarations ?? []) {
          fixReference(declaration.superclass);
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? []), ...(declaration.events ?? [])]) {
            fixReference(item.inheritedFrom);
          }
          for (const mixin of declaration.mixins ?? []) fixReference(mixin);
        }
      }
    },
  };
}

const classesOf = (manifest) => manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.kind === 'class');

// What an editor may type in the attributes whose types are names (`Kind`, `ActorList`): the values that
// the VS Code and JetBrains data offer. Kinds and actors from the dataset's schema, the contract of both.
const schema = JSON.parse(readFileSync(new URL('./data/landscape.schema.json', import.meta.url), 'utf8'));
const factorSchema = Object.values(schema.$defs ?? {}).find((definition) => definition.properties?.kind?.enum);
const ATTRIBUTE_VALUES = {
  kind: factorSchema.properties.kind.enum,
  actor: factorSchema.properties.actors.items.enum,
  lang: ['nl', 'en'],
  order: ['total', 'document'],
};

/**
 * The manifest as the framework generators should read it. The editor data gets the values of `kind`,
 * `actor`, … as a union of words (`typesSrc: 'editorType'`). The JSX and Vue typings take each prop's
 * type from the element's class (`FactorTable['kind']`), and write an event's handler as
 * `(e: CustomEvent<type>) => void`: for them an event's type is that of its `detail`
 * (`FactorFilterChangeDetail`, exported beside `FactorFilterChangeEvent`): `detailTypes`. Read-only
 * properties such as `visibleFactors` are no props.
 */
function forFrameworks(manifest, {detailTypes}) {
  const copy = structuredClone(manifest);
  for (const declaration of classesOf(copy)) {
    for (const attribute of declaration.attributes ?? []) {
      const values = ATTRIBUTE_VALUES[attribute.name];
      if (values) attribute.editorType = {text: values.map((value) => `'${value}'`).join(' | ')};
    }
    if (declaration.members) declaration.members = declaration.members.filter((member) => !member.readonly);
    for (const event of detailTypes ? declaration.events ?? [] : []) {
      // As an import type: the generators import named event types once per element, which repeats them.
      if (event.type?.text) event.type = {text: `import('../index.js').${event.type.text.replace(/Event$/, 'Detail')}`};
    }
  }
  return copy;
}

/**
 * Vue's template checker (vue-tsc) looks a prop up by its camelCase name: `with-kind` as `withKind`,
 * `@factor-filter-change` as `onFactorFilterChange`. The generator writes the HTML names, which it then
 * cannot find; so the Vue typings name the props as Vue does. (At run time Vue sets them as attributes.)
 */
function camelCasePropNames(typings) {
  const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
  return typings
    .replace(/^(\s*)"on([a-z]+(?:-[a-z]+)+)"\?:/gm, (_, indent, event) => `${indent}on${camel(`-${event}`)}?:`)
    .replace(/^(\s*)"([a-z]+(?:-[a-z]+)+)"\?:/gm, (_, indent, name) => `${indent}${camel(name)}?:`);
}

/** Where the typings and editor data go: in the package, beside the modules they import their types from. */
const FRAMEWORKS_DIR = 'dist/frameworks';

/**
 * Typings and editor data for every framework, from the manifest, with the maintained generators of
 * cem-tools: React 19's JSX (`scholingsfactoren/jsx`), Vue's GlobalComponents (`scholingsfactoren/vue`),
 * VS Code's HTML custom data and JetBrains' web-types. The JSX file only exports the elements' props;
 * what puts them into React's JSX is added here, so an app needs no declaration file of its own.
 */
function frameworkTypings() {
  const common = {outdir: FRAMEWORKS_DIR, hideLogs: true, descriptionSrc: 'summary'};
  return {
    name: 'framework-typings',
    packageLinkPhase({customElementsManifest}) {
      const manifest = forFrameworks(customElementsManifest, {detailTypes: true});
      generateJsxTypes(manifest, {...common, fileName: 'react-jsx.d.ts', globalTypePath: '../index.js'});
      const jsx = join(FRAMEWORKS_DIR, 'react-jsx.d.ts');
      writeFileSync(jsx, `${readFileSync(jsx, 'utf8')}
// React 19 reads JSX from its own module: the elements join its intrinsic elements, with these props.
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
`);
      generateVuejsTypes(manifest, {...common, fileName: 'vue.d.ts', globalTypePath: '../index.js'});
      const vue = join(FRAMEWORKS_DIR, 'vue.d.ts');
      writeFileSync(vue, camelCasePropNames(readFileSync(vue, 'utf8')));
      const editors = forFrameworks(customElementsManifest, {detailTypes: false});
      generateVsCodeCustomElementData(editors, {...common, typesSrc: 'editorType',
        htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json'});
      generateJetBrainsWebTypes(editors, {...common, typesSrc: 'editorType', packageJson: false,
        modulePathTemplate: (_name, modulePath) => modulePath});
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // Not elements: the data API, the state, the React components (their own types say what they take),
  // and the embed pages' code, which the package ships built into pages, not as modules.
  exclude: ['src/data/**', 'src/state/**', 'src/react/**', 'src/embed/**'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly(), explicitDefaults(), elementDefinitions(), distPaths(), frameworkTypings()],
};
