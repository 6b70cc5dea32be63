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
