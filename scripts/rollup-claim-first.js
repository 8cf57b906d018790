// A rollup plugin for the CDN entry: puts a module's code in front of the entry chunk and wraps the rest
// of the chunk in `if (<condition>) { … }`, so that code runs only when that module says so.
//
// Why: the CDN entry is one file with Lit, the table and the dataset (one request before the first
// paint, not an entry that imports a chunk), yet a second copy of it on a page must not evaluate Lit
// (see src/cdn-claim.ts). A module's top-level code cannot skip the rest of its module, so the build
// does it. The claim module stays out of the bundle (external) and comes from tsc's output instead;
// the chunk's imports of it become plain references to its code in front.
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import MagicString from 'magic-string';

/**
 * @param {{module: string, condition: string, publicExports: string[]}} options
 *   module: the claim module as tsc wrote it (imports nothing); condition: the name of its boolean that
 *   decides; publicExports: its exports that stay exports of the bundle (the others become module-local).
 */
export function claimFirst({module, condition, publicExports}) {
  const claimPath = resolve(module);
  const isClaim = (id) => resolve(id) === claimPath || id.endsWith(`/${module.split('/').pop()}`);
  return {
    name: 'claim-first',
    resolveId(source, importer) {
      // Without side effects: else rollup would import it in every chunk for the order of execution.
      if (importer && resolve(importer, '..', source) === claimPath) return {id: claimPath, external: true, moduleSideEffects: false};
      return null;
    },
    renderChunk(code, chunk) {
      if (!chunk.isEntry) {
        if (chunk.imports.some(isClaim)) this.error(`${chunk.fileName} imports ${module}: only the entry may`);
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
              this.error(`import ${specifier.local.name} from ${module} by its own name`);
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
      const claim = claimCode.call(this, claimPath, publicExports);
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

/** The claim module's code without its source map comment, exporting only `publicExports`; and its top-level names. */
function claimCode(path, publicExports) {
  const code = readFileSync(path, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
  const s = new MagicString(code);
  const names = new Set();
  for (const node of this.parse(code).body) {
    if (node.type === 'ImportDeclaration') this.error(`${path} imports ${node.source.value}: it must run on its own`);
    const declaration = node.type === 'ExportNamedDeclaration' ? node.declaration : node;
    if (node.type.startsWith('Export') && !declaration) this.error(`${path}: write its exports as \`export const\` or \`export function\``);
    const declared = declaration.type === 'VariableDeclaration' ? declaration.declarations.map((d) => d.id.name) : declaration.id ? [declaration.id.name] : [];
    for (const name of declared) names.add(name);
    if (node !== declaration && !declared.some((name) => publicExports.includes(name))) s.remove(node.start, declaration.start);
  }
  return {code: s.toString(), names};
}
