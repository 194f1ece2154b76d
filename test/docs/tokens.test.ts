import { expect } from '@open-wc/testing';
import { TOKENS } from '../../src/styles/tokens.js';
import '../../src/index.js';

/** The design tokens are listed once (src/styles/tokens.ts); the docs must say the same. */
const expected = Object.entries(TOKENS).map(([name, value]) => [`--health-${name}`, value]);
const TAGS = ['health-symptom-checklist', 'health-comparison-table', 'health-treatment-explainer'] as const;

interface ManifestDeclaration {
  tagName?: string;
  cssProperties?: { name: string; default?: string }[];
}

describe('design tokens', () => {
  it('the manifest lists every token, with its default, for every element', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: { declarations?: ManifestDeclaration[] }[];
    };
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
    for (const tag of TAGS) {
      const element = declarations.find((declaration) => declaration.tagName === tag);
      expect(element, tag).to.exist;
      const listed = (element!.cssProperties ?? []).map((property) => [property.name, property.default]);
      expect(listed, tag).to.have.deep.members(expected);
    }
  });

  it("the README's theming table lists every token with its default", async () => {
    const readme = await (await fetch('/README.md')).text();
    const rows = [...readme.matchAll(/^\| `(--health-[a-z-]+)` \| `([^`]+)` \|/gm)].map((match) => [match[1], match[2]]);
    expect(rows).to.have.deep.members(expected);
  });

  it('no element style hard-codes a colour: colours come from the tokens', () => {
    for (const tag of TAGS) {
      const styles = (customElements.get(tag) as unknown as { elementStyles: CSSStyleSheet[] | { cssText: string }[] })
        .elementStyles;
      const text = styles
        .map((style) => ('cssText' in style ? style.cssText : [...style.cssRules].map((rule) => rule.cssText).join('')))
        .join('');
      // The token block itself is the one place a default colour may be written.
      const outsideTokens = text.replace(/:host\{(--_[a-z-]+:var\(--health-[a-z-]+,[^;]+\);)+\}/, '');
      expect(outsideTokens.match(/#[0-9a-f]{3,8}\b|rgba?\(/gi), tag).to.equal(null);
    }
  });
});
