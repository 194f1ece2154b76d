import { readFileSync, writeFileSync } from 'node:fs';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

// Types for frameworks, generated from the manifest so they never drift from the elements.
// Every element class and event detail type is exported from the package root.
const globalTypePath = '../lib/index.js';

/**
 * Attributes for typings and docs: `lang` is observed rather than a Lit property, so point it
 * at the native `lang` field; reactive state (`state: true` in static properties) is private
 * and no attribute at all.
 */
const publicAttributes = {
  name: 'public-attributes',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        const hidden = new Set(
          (declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
        );
        declaration.attributes = (declaration.attributes ?? []).filter((attribute) => !hidden.has(attribute.fieldName));
        for (const attribute of declaration.attributes) {
          if (attribute.name === 'lang' && !attribute.fieldName) {
            attribute.fieldName = 'lang';
            attribute.type ??= { text: 'string' };
          }
        }
      }
    }
  },
};

/**
 * Properties whose setter takes more than the getter returns: framework props set them, so
 * they get the setter's type (a type exported from the package root).
 */
const setterTypes = { 'HealthTreatmentExplainer["situation"]': 'SituationInput' };

/** Setter types in place; the generators import a type once per element that uses it, TypeScript wants it once. */
const frameworkTypeFixes = {
  name: 'framework-type-fixes',
  packageLinkPhase() {
    for (const file of ['types/jsx.d.ts', 'types/vue.d.ts']) {
      let text = readFileSync(file, 'utf8');
      for (const [read, write] of Object.entries(setterTypes)) {
        if (!text.includes(read)) continue;
        text = `import type { ${write} } from "${globalTypePath}";\n${text.split(read).join(write)}`;
      }
      text = text.replace(
        /import type \{([^}]*)\} from "([^"]+)";/g,
        (_, names, from) => `import type { ${[...new Set(names.split(',').map((n) => n.trim()).filter(Boolean))].join(', ')} } from "${from}";`,
      );
      writeFileSync(file, text);
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/styles/**', 'src/cli/**', 'src/model/**', 'src/topics/**', 'src/fhir.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    publicAttributes,
    customElementJsxPlugin({ outdir: 'types', fileName: 'jsx.d.ts', globalTypePath }),
    customElementVuejsPlugin({ outdir: 'types', fileName: 'vue.d.ts', globalTypePath }),
    frameworkTypeFixes,
  ],
};
