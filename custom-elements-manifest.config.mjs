// Generates custom-elements.json from the JSDoc in src/ (never from dist/).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  // Never rewrite package.json (its customElements field is fixed), whatever --outdir says.
  packagejson: false,
  plugins: [
    {
      name: 'drop-private-members',
      packageLinkPhase({ customElementsManifest }) {
        // The glob's order follows the file system, which differs between checkouts: sort, so the
        // committed manifest is the same everywhere.
        customElementsManifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            if (!decl.members) continue;
            decl.members = decl.members.filter(
              (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_') && !m.name.startsWith('#'),
            );
          }
        }
      },
    },
  ],
};
