// Settings for `npm run analyze` (@custom-elements-manifest/analyzer), which
// writes custom-elements.json for editors and documentation tools.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  plugins: [
    {
      // Lit's `static properties` entries with `state: true` are internal
      // state, not attributes, and `_event(type, …)` is the helper that fires
      // the documented events, not an event named "type".
      name: 'mv-feedback-drop-internals',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.customElement) continue;
            declaration.attributes = declaration.attributes?.filter((a) => !a.name.startsWith('_'));
            declaration.events = declaration.events?.filter((e) => e.name.startsWith('mv-feedback-'));
            declaration.members = declaration.members?.filter((m) => !m.name.startsWith('_'));
          }
        }
      },
    },
  ],
};
