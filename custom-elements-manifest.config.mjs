// @ts-check
/**
 * custom-elements.json (the Custom Elements Manifest) for the published package, written by
 * `npm run build` from the JSDoc of `KreisWetter` (@summary, @attr, @fires, @csspart, @cssprop)
 * and its public members. It describes the package as users import it, so:
 * - module paths are the published files (`dist/…`), not the TypeScript sources, which are not
 *   published (the schema wants "the path to the JavaScript file needed to be imported");
 * - only the public API is listed: private and protected members are left out, and so are
 *   type-only re-exports (`export type { … }`), which are no JavaScript exports.
 * The analyzer loads TypeScript 5.4 of its own (a dependency of the analyzer, nested under it),
 * independent of the project's TypeScript.
 */

/** @typedef {import('@custom-elements-manifest/analyzer').Plugin} Plugin */

/** Source module → the published file that exports it. @type {Record<string, string>} */
const PUBLISHED = {
  'src/kreis-wetter.ts': 'dist/kreis-wetter.js',
  'src/kreis-wetter-element.ts': 'dist/element.js',
};

/**
 * Unpublished base classes: their public members are the element's own to users (listed without
 * `inheritedFrom`), and the published superclass is the one they extend.
 * @type {Record<string, { name: string; package: string }>}
 */
const INTERNAL_BASES = {
  'src/shell/lit-html-element.ts': { name: 'HTMLElement', package: 'global:' },
};

/** @param {string} reference */
const internalBase = (reference) => INTERNAL_BASES[reference.replace(/\.js$/, '.ts').replace(/^\/+/, '')];

/**
 * The analyzer writes references as `src/x.ts`, `src/x.js`, `/src/x.js` or `./x.js`; all mean the source module.
 * @param {string} reference
 * @param {string} fromPath the module that holds the reference
 */
function published(reference, fromPath) {
  let path = reference.replace(/\.js$/, '.ts');
  if (path.startsWith('./') || path.startsWith('../')) {
    path = new URL(path, `file:///${fromPath}`).pathname;
  }
  path = path.replace(/^\/+/, '');
  const target = PUBLISHED[path];
  if (!target) {
    throw new Error(
      `custom-elements-manifest.config.mjs: ${fromPath} refers to ${reference}, which is no published entry; ` +
        'add it to PUBLISHED (and to package.json "exports") or keep it out of the public API.',
    );
  }
  return target;
}

/**
 * Drops `export type { … }` re-exports: the analyzer lists them as JavaScript exports.
 * @returns {Plugin}
 */
function withoutTypeOnlyExports() {
  /** @type {Map<string, Set<string>>} */
  const typeOnly = new Map();
  return {
    name: 'kreis-wetter:type-only-exports',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isExportDeclaration(node) || !node.exportClause || !ts.isNamedExports(node.exportClause)) return;
      for (const specifier of node.exportClause.elements) {
        if (node.isTypeOnly || specifier.isTypeOnly) {
          const path = moduleDoc.path ?? '';
          const names = typeOnly.get(path) ?? new Set();
          names.add(specifier.name.text);
          typeOnly.set(path, names);
        }
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      const names = typeOnly.get(moduleDoc.path);
      if (names)
        moduleDoc.exports = (moduleDoc.exports ?? []).filter((/** @type {{ name: string }} */ e) => !names.has(e.name));
    },
  };
}

/**
 * Keeps the public members only.
 * @returns {Plugin}
 */
function publicMembersOnly() {
  return {
    name: 'kreis-wetter:public-members',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!('members' in declaration) || !declaration.members) continue;
          declaration.members = declaration.members.filter(
            (/** @type {{ name: string; privacy?: string }} */ m) =>
              m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'),
          );
        }
      }
    },
  };
}

/**
 * Links each attribute to its property (`privacy-url` ↔ `privacyUrl`), as tools that generate
 * framework typings read them: `fieldName` on the attribute, `attribute`, `reflects` and the
 * default on the field. The element's properties stand for their attributes (setting one sets the
 * other), so every property reflects.
 * @returns {Plugin}
 */
function attributesWithProperties() {
  return {
    name: 'kreis-wetter:attributes-with-properties',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!('customElement' in declaration) || !declaration.attributes) continue;
          for (const attribute of declaration.attributes) {
            const fieldName = attribute.name.replace(
              /-([a-z])/g,
              (/** @type {string} */ _, /** @type {string} */ letter) => letter.toUpperCase(),
            );
            const field = (declaration.members ?? []).find(
              (/** @type {{ name: string; kind: string }} */ m) => m.kind === 'field' && m.name === fieldName,
            );
            if (!field) continue;
            attribute.fieldName = fieldName;
            Object.assign(field, { attribute: attribute.name, reflects: true });
            if (attribute.default !== undefined)
              field.default ??= field.type?.text.startsWith('number')
                ? attribute.default
                : JSON.stringify(attribute.default);
          }
        }
      }
    },
  };
}

/**
 * Rewrites module paths and references from the sources to the published files.
 * @returns {Plugin}
 */
function publishedPaths() {
  return {
    name: 'kreis-wetter:published-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const from = mod.path;
        for (const exp of mod.exports ?? []) {
          if (exp.declaration?.module) exp.declaration.module = published(exp.declaration.module, from);
        }
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class' && declaration.kind !== 'mixin') continue;
          const base = declaration.superclass?.module && internalBase(declaration.superclass.module);
          if (base) declaration.superclass = { ...base };
          for (const ref of [declaration.superclass, ...(declaration.mixins ?? [])]) {
            if (ref?.module) ref.module = published(ref.module, from);
          }
          for (const member of declaration.members ?? []) {
            if (member.inheritedFrom?.module && internalBase(member.inheritedFrom.module)) delete member.inheritedFrom;
            else if (member.inheritedFrom?.module)
              member.inheritedFrom.module = published(member.inheritedFrom.module, from);
          }
        }
        mod.path = published(from, from);
      }
    },
  };
}

export default {
  globs: ['src/kreis-wetter.ts', 'src/kreis-wetter-element.ts'],
  outdir: '.',
  // package.json names the manifest itself ("customElements"); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [withoutTypeOnlyExports(), publicMembersOnly(), attributesWithProperties(), publishedPaths()],
};
