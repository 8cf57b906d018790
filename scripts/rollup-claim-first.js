// A rollup plugin for the CDN entry: puts a module's code in front of the entry chunk and wraps the rest
// of the chunk in `if (<condition>) { … }`, so that code runs only when that module says so.
//
// Why: the CDN entry is one file with Lit, the table and the dataset (one request before the first
// paint, not an entry that imports a chunk), yet a second copy of it on a page must not evaluate Lit
// (see src/cdn-claim.ts). A module's top-level code cannot skip the rest of its module, so the build
// does it. The claim's modules stay out of the bundle (external) and come from tsc's output instead;
// the chunk's imports of them become plain references to their code in front.
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import MagicString from 'magic-string';

/**
 * @param {{modules: string[], condition: string, publicExports: string[]}} options
 *   modules: the claim's modules as tsc wrote them, in the order they run, each importing only those
 *   before it; condition: the name of their boolean that decides; publicExports: their exports that stay
 *   exports of the bundle (the others become module-local).
 */
export function claimFirst({modules, condition, publicExports}) {
  const claimPaths = modules.map((module) => resolve(module));
  const isClaim = (id) => claimPaths.includes(resolve(id)) || modules.some((module) => id.endsWith(`/${module.split('/').pop()}`));
  return {
    name: 'claim-first',
    resolveId(source, importer) {
      // Without side effects: else rollup would import it in every chunk for the order of execution.
      const path = importer && resolve(importer, '..', source);
      if (path && claimPaths.includes(path)) return {id: path, external: true, moduleSideEffects: false};
      return null;
    },
    renderChunk(code, chunk) {
      if (!chunk.isEntry) {
        if (chunk.imports.some(isClaim)) this.error(`${chunk.fileName} imports ${chunk.imports.find(isClaim)}: only the entry may`);
        return null;
      }
      const s = new MagicString(code);
      const body = this.parse(code).body;
      /** local name → exported name, from the chunk's one `export {…}` (what the lazy chunks import) */
      const exported = new Map();
      for (const node of body) {
        if (node.type === 'ImportDeclaration') {
          if (!isClaim(node.source.value)) this.error(`the entry imports ${node.source.value} statically: it would run before the claim`);
          for (const specifier of node.specifiers) {
            if (specifier.type !== 'ImportSpecifier' || specifier.local.name !== specifier.imported.name) {
              this.error(`import ${specifier.local.name} from ${node.source.value} by its own name`);
            }
          }
          s.remove(node.start, node.end);
        } else if (node.type === 'ExportNamedDeclaration' && !node.declaration && !node.source) {
          for (const {local, exported: name} of node.specifiers) exported.set(local.name, name.name);
          s.remove(node.start, node.end);
        } else if (node.type.startsWith('Export')) {
          this.error(`the entry has an export rollup does not usually write (${node.type})`);
        }
      }
      const claim = claimCode.call(this, claimPaths, publicExports);
      // A module exports bindings of its own scope, and the block has its own. So what the chunk exports
      // is declared with `var` (a constant or a class: it then belongs to the module's scope), or, for a
      // function declaration (which a block keeps to itself), copied to a variable of the module's scope.
      const copies = [];
      for (const node of body) {
        const names = node.type === 'VariableDeclaration' ? node.declarations.map((d) => d.id.name) : node.id ? [node.id.name] : [];
        const ours = names.filter((name) => exported.has(name));
        if (ours.length === 0) continue;
        for (const name of ours) {
          if (claim.names.has(name)) this.error(`${name} is a name of the claim's code as well as of the chunk`);
        }
        if (node.type === 'VariableDeclaration') s.overwrite(node.start, node.start + node.kind.length, 'var');
        else if (node.type === 'ClassDeclaration') s.prependLeft(node.start, `var ${node.id.name} = `).appendRight(node.end, ';');
        else copies.push(node.id.name);
      }
      const copyOf = (name) => `claimFirst$${name}`;
      s.prepend(`${claim.code}\n${copies.length ? `let ${copies.map(copyOf).join(', ')};\n` : ''}if (${condition}) {\n`);
      s.append(`\n${copies.map((name) => `${copyOf(name)} = ${name};`).join('\n')}\n}\n`);
      if (exported.size) {
        s.append(`export {${[...exported].map(([local, name]) => `${copies.includes(local) ? copyOf(local) : local} as ${name}`).join(', ')}};\n`);
      }
      return {code: s.toString(), map: s.generateMap({hires: true})};
    },
  };
}

/**
 * The claim modules' code, one after the other, without their source map comments and their imports of
 * each other, exporting only `publicExports`; and their top-level names.
 */
function claimCode(paths, publicExports) {
  const names = new Set();
  const parts = paths.map((path, index) => {
    const code = readFileSync(path, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
    const s = new MagicString(code);
    for (const node of this.parse(code).body) {
      if (node.type === 'ImportDeclaration') {
        if (!paths.slice(0, index).includes(resolve(path, '..', node.source.value))) {
          this.error(`${path} imports ${node.source.value}: it must run on its own, with the claim's modules before it`);
        }
        s.remove(node.start, node.end);
        continue;
      }
      const declaration = node.type === 'ExportNamedDeclaration' ? node.declaration : node;
      if (node.type.startsWith('Export') && !declaration) this.error(`${path}: write its exports as \`export const\` or \`export function\``);
      const declared = declaration.type === 'VariableDeclaration' ? declaration.declarations.map((d) => d.id.name) : declaration.id ? [declaration.id.name] : [];
      for (const name of declared) {
        if (names.has(name)) this.error(`${name} is declared by two of the claim's modules`);
        names.add(name);
      }
      if (node !== declaration && !declared.some((name) => publicExports.includes(name))) s.remove(node.start, declaration.start);
    }
    return s.toString();
  });
  return {code: parts.join('\n'), names};
}
