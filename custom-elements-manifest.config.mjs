// `npm run manifest`: custom-elements.json from the classes' JSDoc, for Storybook, IDEs and linters.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/data/**', 'src/state/**'],
  outdir: '.',
  litelement: true,
  plugins: [{
    // Internal reactive state (`state: true` in static properties) is no attribute an editor can set,
    // but the analyzer lists every static property as one: drop those backed by private or protected fields.
    name: 'no-attributes-for-internal-state',
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.attributes) continue;
          const internal = new Set((declaration.members ?? [])
            .filter((member) => member.privacy === 'private' || member.privacy === 'protected').map((member) => member.name));
          declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName));
        }
      }
    },
  }],
};
