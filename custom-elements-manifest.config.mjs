import { readFileSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateSolidJsTypes } from 'custom-element-solidjs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

// The manifest documents the elements and their events as npm ships them (lib/). The model,
// packs, UI strings, styles and the Node-only parts (CLI, pre-rendering) hold no elements.
const exclude = [
  'src/**/*.styles.ts',
  'src/styles/**',
  'src/cli/**',
  'src/ssr/**',
  'src/hydrate.ts',
  'src/model/**',
  'src/topics/**',
  'src/i18n/**',
  'src/fhir.ts',
  'src/elements/checklist-follower.ts',
];

/** The framework type files import every element class and detail type from the package root. */
const globalTypePath = '../lib/index.js';

/** `src/a/b.ts`, `/src/a/b.js` or `./b.js` (relative to `from`) -> `lib/a/b.js`, the module npm loads. */
const shipped = (path, from) => {
  const absolute = path.startsWith('.') && from ? posix.join(posix.dirname(from), path) : path.replace(/^\//, '');
  return absolute.replace(/^src\//, 'lib/').replace(/\.ts$/, '.js');
};

/** Every `{ name, module }` reference inside a manifest value, wherever it sits. */
function* references(value) {
  if (!value || typeof value !== 'object') return;
  if (typeof value.module === 'string' && typeof value.name === 'string') yield value;
  for (const child of Object.values(value)) yield* references(child);
}

/** Literal-union aliases (`type ComparisonLayout = 'auto' | 'table'`) by name, from the analysed modules. */
const literalAliases = new Map();

/** `defineElement('tag', Class)` calls, which the analyser does not read as definitions. */
const definitions = [];

/** `@attribute {type} name` types written in JSDoc, by class and attribute: they beat the field's type. */
const attributeTypes = new Map();

/** Analyse phase: collect what the link phase needs from the syntax tree. */
const collect = {
  name: 'collect',
  analyzePhase({ ts, node, moduleDoc }) {
    if (ts.isTypeAliasDeclaration(node)) {
      const parts = ts.isUnionTypeNode(node.type) ? node.type.types : [node.type];
      if (parts.every((part) => ts.isLiteralTypeNode(part))) {
        literalAliases.set(node.name.text, parts.map((part) => part.getText()).join(' | '));
      }
    }
    if (ts.isClassDeclaration(node) && node.name) {
      for (const doc of node.jsDoc ?? []) {
        for (const [, type, name] of doc.getText().matchAll(/@attribute\s+\{([^}]+)\}\s+([\w-]+)/g)) {
          attributeTypes.set(`${node.name.text}.${name}`, type);
        }
      }
    }
    if (
      ts.isCallExpression(node) &&
      node.expression.getText() === 'defineElement' &&
      node.arguments.length === 2 &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      definitions.push({ path: moduleDoc.path, tag: node.arguments[0].text, className: node.arguments[1].getText() });
    }
  },
};

/** `ComparisonLayout | null` -> `'auto' | 'table' | 'stacked' | null`. */
const expand = (type) =>
  type?.text
    ? {
        ...type,
        text: type.text
          .split('|')
          .map((part) => literalAliases.get(part.trim()) ?? part.trim())
          .join(' | '),
      }
    : type;

/** A default that is a value a reader can use (`'auto'`, `2`, `null`), not code. */
const isLiteral = (text) => /^(?:-?\d+(?:\.\d+)?|'[^']*'|"[^"]*"|true|false|null|undefined|\[\]|\{\})$/.test(text);

/** Names the package root exports, directly or through `export *` of a documented module. */
function rootExports(manifest) {
  const root = manifest.modules.find((module) => module.path === 'src/index.ts');
  const names = new Set();
  for (const entry of root?.exports ?? []) {
    if (entry.name !== '*') names.add(entry.name);
    else {
      const from = shipped(entry.declaration.module, root.path);
      const module = manifest.modules.find((candidate) => shipped(candidate.path) === from);
      for (const declaration of module?.declarations ?? []) names.add(declaration.name);
    }
  }
  return names;
}

/**
 * Link phase: real definitions; only what the package exports; no private members; attributes
 * of public fields only, with their written types and literal values expanded; defaults only
 * when they are values; detail types as `CustomEvent<Detail>`; paths of the shipped modules;
 * one order on every build.
 */
const tidy = {
  name: 'tidy',
  packageLinkPhase({ customElementsManifest: manifest }) {
    const exported = rootExports(manifest);
    const classes = new Map();
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.kind === 'class') classes.set(declaration.name, module.path);
      }
    }
    for (const module of manifest.modules) {
      const isRoot = module.path === 'src/index.ts';
      // `customElements.define(name, constructor)` inside defineElement reads as a tag called
      // "name": keep definitions of declared classes only, and add the defineElement ones.
      module.exports = (module.exports ?? []).filter((entry) =>
        entry.kind === 'custom-element-definition' ? classes.has(entry.declaration.name) : isRoot || exported.has(entry.name),
      );
      for (const { tag, className } of definitions.filter((definition) => definition.path === module.path)) {
        if (!classes.has(className)) continue;
        module.exports.push({
          kind: 'custom-element-definition',
          name: tag,
          declaration: { name: className, module: classes.get(className) },
        });
      }
      module.declarations = (module.declarations ?? []).filter((declaration) => isRoot || exported.has(declaration.name));
      for (const declaration of module.declarations) {
        if ('default' in declaration && !isLiteral(declaration.default)) delete declaration.default;
        if (declaration.kind !== 'class') continue;
        const hidden = new Set(
          (declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
        );
        declaration.members = (declaration.members ?? []).filter((member) => member.privacy !== 'private');
        declaration.attributes = (declaration.attributes ?? []).filter((attribute) => !hidden.has(attribute.fieldName));
        for (const attribute of declaration.attributes) {
          // `lang` is observed rather than a Lit property: it sets the native `lang` field.
          if (attribute.name === 'lang' && !attribute.fieldName) attribute.fieldName = 'lang';
          const owner = attribute.inheritedFrom?.name ?? declaration.name;
          const written = attributeTypes.get(`${owner}.${attribute.name}`);
          attribute.type = expand(written ? { text: written } : (attribute.type ?? { text: 'string' }));
          if ('default' in attribute && !isLiteral(attribute.default)) delete attribute.default;
        }
        for (const member of declaration.members) {
          if (member.type) member.type = expand(member.type);
          if ('default' in member && !isLiteral(member.default)) delete member.default;
        }
        for (const event of declaration.events ?? []) {
          if (event.type?.text && !/Event\b/.test(event.type.text)) event.type = { text: `CustomEvent<${event.type.text}>` };
        }
      }
    }
    for (const module of manifest.modules) {
      for (const reference of references(module)) reference.module = shipped(reference.module, module.path);
      module.path = shipped(module.path);
    }
    manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
};

/**
 * The manifest as Vue, Svelte and Solid see it: those generators make a prop of every field
 * they find, so fields that page code cannot set (getters, `readonly`, static, protected) are
 * left out, and they wrap the event type in `CustomEvent<>` themselves.
 */
function settableView(manifest) {
  const view = structuredClone(manifest);
  for (const declaration of view.modules.flatMap((module) => module.declarations ?? [])) {
    declaration.members = (declaration.members ?? []).filter(
      (member) => member.kind !== 'field' || !(member.readonly || member.static || member.privacy === 'protected'),
    );
    for (const event of declaration.events ?? []) {
      const detail = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1];
      if (detail) event.type = { text: detail };
    }
  }
  return view;
}

/**
 * Properties whose setter takes more than the getter returns: framework props set them, so
 * they get the setter's type (a type exported from the package root).
 */
const setterTypes = { HealthTreatmentExplainer: { situation: 'SituationInput' } };

/** `health-checklist-result` -> `HealthChecklistResult`. */
const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());

/** Edits shared by every generated type file: setter types, one import line per name. */
function commonFixes(text) {
  for (const [element, properties] of Object.entries(setterTypes)) {
    for (const [property, type] of Object.entries(properties)) {
      const read = new RegExp(`${element}\\[["']${property}["']\\]`, 'g');
      if (!read.test(text)) continue;
      text = `import type { ${type} } from "${globalTypePath}";\n${text.replace(read, type)}`;
    }
  }
  return text.replace(
    /import type \{([^}]*)\} from "([^"]+)";/g,
    (_, names, from) =>
      `import type { ${[
        ...new Set(
          names
            .split(',')
            .map((n) => n.trim())
            .filter(Boolean),
        ),
      ].join(', ')} } from "${from}";`,
  );
}

/** Per-file edits to what the generators write, each for a reason their options cannot express. */
const fixes = {
  // Types only: each framework's entry (react.d.ts, preact.d.ts) augments its own module, so a
  // React app does not need Preact, Qwik or Stencil installed to compile.
  'jsx.d.ts': (text) => text.replace(/^declare (?:module "[^"]+"|global) \{\n[\s\S]*?\n\}\n/gm, ''),
  'vue.d.ts': (text) =>
    text
      // Vue's template checker turns `@health-checklist-result` into `onHealthChecklistResult`.
      .replace(/"on([a-z][a-z0-9-]*)"\?:/g, (_, name) => `on${pascal(name)}?:`)
      // ...and `heading-level="3"` into `headingLevel`.
      .replace(
        /"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)"\?:/g,
        (_, name) => `${name.replace(/-([a-z0-9])/g, (__, c) => c.toUpperCase())}?:`,
      )
      // `id`, `class`, `style` and native events are valid on every element, also with strictTemplates.
      .replace(/DefineComponent<(\w+Props)>/g, 'DefineComponent<$1 & HTMLAttributes>')
      .replace('import type { DefineComponent } from "vue";', 'import type { DefineComponent, HTMLAttributes } from "vue";'),
  'svelte.d.ts': (text) =>
    text
      // Svelte 5 sets a custom element's properties as plain attributes (`answers={...}`) and
      // listens with event attributes (`onhealth-ready`); `on:` stays for legacy components.
      .replace(/"bind:([^"]+)"\?:/g, '"$1"?:')
      .replace(/^(\s*)"on:([^"]+)"\?: (.*)$/gm, '$1"on:$2"?: $3\n$1"on$2"?: $3')
      // Its base props name JSX types that a Svelte project does not have.
      .replace(/children\?: JSX\.Element;/, 'children?: unknown;')
      .replace(/style\?: JSX\.CSSProperties;/, 'style?: string;')
      // In a module file the namespace must be global to reach Svelte's checker.
      .replace(/declare namespace svelteHTML \{([\s\S]*?)\n\}/, 'declare global {\n  namespace svelteHTML {$1\n  }\n}'),
  // Solid users import this file once, like the other frameworks' files.
  'solid.d.ts': (text) =>
    `${text}\ndeclare module "solid-js" {\n  namespace JSX {\n    interface IntrinsicElements extends CustomElements {}\n  }\n}\n`,
};

/** Writes the framework types and editor data, each generator from its own copy of the manifest. */
const generate = {
  name: 'generate',
  packageLinkPhase({ customElementsManifest: manifest }) {
    const types = { outdir: 'types', globalTypePath, hideLogs: true };
    generateJsxTypes(structuredClone(manifest), { ...types, fileName: 'jsx.d.ts', stronglyTypedEvents: true });
    generateVuejsTypes(settableView(manifest), { ...types, fileName: 'vue.d.ts' });
    generateSvelteTypes(settableView(manifest), { ...types, fileName: 'svelte.d.ts' });
    generateSolidJsTypes(settableView(manifest), { ...types, fileName: 'solid.d.ts' });
    for (const [file, fix] of Object.entries(fixes)) {
      const path = `types/${file}`;
      writeFileSync(path, commonFixes(fix(readFileSync(path, 'utf8'))));
    }
    const editor = { outdir: '.', hideLogs: true, hideMethodDocs: true };
    generateVsCodeCustomElementData(structuredClone(manifest), {
      ...editor,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    });
    generateJetBrainsWebTypes(structuredClone(manifest), { ...editor, webTypesFileName: 'web-types.json', packageJson: false });
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude,
  outdir: '.',
  litelement: true,
  plugins: [collect, tidy, generate],
};
