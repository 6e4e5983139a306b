/**
 * The direction of src/, checked by dependency-cruiser (`npm run lint:deps`, part of `npm test`).
 * The folders form a pipeline and each imports only the ones below it:
 *
 *   pages, layouts, components → collections, build → lib → schemas;   client → lib
 *
 * Tests (`*.test.ts`) are left out of the graph: they may read files and borrow fixtures from any
 * folder without making the site depend on them. Test-only helpers (`test-*.ts`) stay in, so that
 * the last rule can keep them out of the site.
 *
 * dependency-cruiser reads TypeScript but not the frontmatter of `.astro` files: it sees a module
 * import a component, not what a component imports. The rules below are about the TypeScript
 * folders, whose every import it sees.
 */

/** Astro's virtual modules (`astro:content`, `astro:assets`) exist only inside an Astro build. */
const ASTRO_VIRTUAL = '^astro:';
/** Astro itself (`astro`, `astro/loaders`, …): a build tool, not something a pure module runs. */
const ASTRO_PACKAGE = '^node_modules/astro/';
/** Node's built-ins (`node:fs`, `path`): absent from the browser. */
const NODE_BUILTIN = `^(node:)?(${require('node:module').builtinModules.join('|')})$`;
/** The folders above src/lib in the pipeline, the interface words of src/i18n among them. */
const ABOVE_LIB = ['^src/(collections|build|components|layouts|pages|client|i18n)/'];

module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycles',
      comment:
        'Two folders of src/ that import each other are one tangled step of the pipeline, not two: ' +
        'neither can be read, tested or changed alone. Move the shared piece down to the lower folder. ' +
        'The folders of src/components are one step, the markup, and may use each other (a figure ' +
        'renders Markdown pieces, the Markdown overrides render figures).',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/', pathNot: '^src/components/' },
      to: { path: '^src/', circular: true },
    },
    {
      name: 'lib-imports-only-below',
      comment:
        'src/lib is pure TypeScript that runs the same in Node, in the browser and in the unit tests. ' +
        'Code that reads astro:content belongs in src/collections, code that needs Node in src/build, ' +
        'markup in src/components; src/lib may read the schemas below it, nothing above.',
      severity: 'error',
      from: { path: '^src/lib/', pathNot: '(^|/)test-[^/]+\\.ts$' },
      to: { path: [...ABOVE_LIB, ASTRO_VIRTUAL, ASTRO_PACKAGE, '\\.astro$'] },
    },
    {
      name: 'lib-stays-pure-at-any-depth',
      comment:
        'The same purity, through any chain of imports: a helper in src/lib that imports a module that ' +
        'imports node:fs is as impure as one that imports it itself. astro/zod is the one exception: ' +
        'the schemas src/lib reads their constants from are zod schemas, and zod is plain TypeScript.',
      severity: 'error',
      from: { path: '^src/lib/', pathNot: '(^|/)test-[^/]+\\.ts$' },
      to: {
        reachable: true,
        path: [...ABOVE_LIB, ASTRO_VIRTUAL, ASTRO_PACKAGE, '\\.astro$', NODE_BUILTIN],
        pathNot: ['^node_modules/astro/(dist/)?zod'],
      },
    },
    {
      name: 'lib-uses-no-node-builtins',
      comment:
        'Node built-ins (node:fs, node:path) do not exist in the browser, where src/client runs the ' +
        'same helpers; code that needs them belongs in src/build.',
      severity: 'error',
      from: { path: '^src/lib/', pathNot: '(^|/)test-[^/]+\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'schemas-import-nothing-of-the-site',
      comment:
        'The schemas are the contract the content is checked against, at the bottom of the pipeline: ' +
        'everything else reads them, so they read nothing of the site (zod aside), or the contract ' +
        'would change whenever a helper does.',
      severity: 'error',
      from: { path: '^src/schemas/' },
      to: { path: ['^src/(lib|collections|components|build|layouts|pages|client|i18n)/', ASTRO_VIRTUAL] },
    },
    {
      name: 'client-stays-small',
      comment:
        'src/client is shipped to the browser: whatever it imports is bundled into every page. The ' +
        'collections, build helpers and components are build-time code and would drag Astro or Node along.',
      severity: 'error',
      from: { path: '^src/client/' },
      to: { path: '^src/(collections|build|components|layouts|pages)/' },
    },
    {
      name: 'no-test-helpers-in-the-site',
      comment: 'Test-only helpers (test-*.ts) may read files and build fake data; the site must never ship them.',
      severity: 'error',
      from: { pathNot: ['(^|/)test-[^/]+\\.ts$', '\\.test\\.ts$'] },
      to: { path: '(^|/)test-[^/]+\\.ts$' },
    },
  ],
  options: {
    // Tests are exempt (see above); .astro/types.d.ts is Astro's generated declaration file.
    exclude: { path: ['\\.test\\.ts$', '^\\.astro/'] },
    // node_modules is a symlink to a shared install; name packages by where the project sees them.
    preserveSymlinks: true,
    // npm packages are leaves: the rules are about the site's folders, not about how astro is built.
    doNotFollow: { path: '^node_modules/' },
    // `import type` counts: a type-only import from a folder above is still a wrong direction.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.mjs', '.js', '.d.ts', '.astro'],
    },
  },
};
