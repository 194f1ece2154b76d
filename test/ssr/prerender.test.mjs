// prerender() from the built lib/ssr: Declarative Shadow DOM for the three elements, attributes
// honoured, hostile pages and bad packs handled without a throw, pack text escaped.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { parse, parseFragment } from 'parse5';
import { getTopic } from '../../lib/model/registry.js';
import { prerender } from '../../lib/ssr/index.js';

const root = resolve(import.meta.dirname, '../..');
const read = (path) => readFileSync(resolve(root, path), 'utf8');
const pack = (name) => JSON.parse(read(`src/topics/${name}.json`));
const demo = read('demo/index.html');
const TAGS = ['health-symptom-checklist', 'health-comparison-table', 'health-treatment-explainer'];

/** The declarative shadow root of the nth element with this tag, or null when it has none. */
function shadowOf(html, tag, nth = 0) {
  const found = [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>(<template shadowrootmode="open">([\\s\\S]*?)</template>)?`, 'g'))][
    nth
  ];
  return found?.[2] ?? null;
}

/** What a person reads: the shadow root's text without styles, comments and tags. */
const text = (shadow) =>
  shadow
    .replace(/<style>[\s\S]*?<\/style>|<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

test('the demo page: all three elements in Declarative Shadow DOM, hydration script before the drop-in, the rest as it was', () => {
  const { html, rendered, skipped, warnings } = prerender(demo);
  assert.deepEqual({ rendered, skipped, warnings }, { rendered: 3, skipped: 0, warnings: [] });
  for (const tag of TAGS) {
    const shadow = shadowOf(html, tag);
    assert.ok(shadow, `${tag} has a declarative shadow root`);
    assert.match(shadow, /^<style>[\s\S]+?<\/style><!--lit-part /, `${tag}: styles, then Lit's hydration markers`);
    assert.match(html, new RegExp(`<${tag}\\b[^>]* defer-hydration><template shadowrootmode="open">`));
  }
  assert.match(
    html,
    /<script type="module" src="\.\.\/dist\/health-widgets-hydrate\.js"><\/script>\n {4}<script type="module" src="\.\.\/dist\/health-widgets\.js">/,
  );
  // Take out what was added: the page is left byte for byte.
  const restored = html
    .replace(/<template shadowrootmode="open">[\s\S]*?<\/template>/g, '')
    .replace(/ (layout="auto" )?defer-hydration>/g, '>')
    .replace('<script type="module" src="../dist/health-widgets-hydrate.js"></script>\n    ', '');
  assert.equal(restored, demo);
});

test('the checklist shows its signs, questions and safety frame; where the result would be, a no-script note', () => {
  const shadow = shadowOf(prerender(demo).html, 'health-symptom-checklist');
  const b12 = pack('b12-muscle-tightness.en');
  const words = text(shadow);
  for (const symptom of b12.symptoms) assert.ok(words.includes(symptom.label), symptom.label);
  for (const pattern of b12.patterns) assert.ok(words.includes(pattern.question), pattern.question);
  // Signs, then questions, then the note (the button it replaces is hidden without a script), then the frame.
  const order = [b12.symptoms[0].label, b12.patterns[0].question, 'turn on JavaScript', b12.guidance.notDiagnosis.text].map(
    (part) => words.indexOf(part),
  );
  assert.deepEqual(
    [...order].sort((a, b) => a - b),
    order,
  );
  assert.ok(!order.includes(-1), String(order));
  assert.match(shadow, /<noscript><style>[^<]*\.actions\{display:none\}<\/style><p class="needs-script">To see which pattern/);
  assert.doesNotMatch(shadow, / checked(="false")?/, 'no box is ticked');
});

test('the table is complete and the explainer readable, with its note between the questions and the advice', () => {
  const { html } = prerender(demo);
  const b12 = pack('b12-muscle-tightness.en');
  const table = text(shadowOf(html, 'health-comparison-table'));
  for (const row of b12.comparison) {
    assert.ok(table.includes(row.label), row.label);
    for (const condition of b12.conditions) assert.ok(table.includes(row.values[condition.id]), `${row.id}/${condition.id}`);
  }
  const explainer = shadowOf(html, 'health-treatment-explainer');
  const words = text(explainer);
  for (const question of b12.situation) assert.ok(words.includes(question.question), question.question);
  // Nothing is picked: each question says what the advice waits for; the steps follow.
  const waiting = b12.situation[0].ifUnknown.text;
  for (const statement of [waiting, ...b12.steps])
    assert.ok(words.includes(statement.text ?? statement), statement.text ?? statement);
  assert.ok(words.indexOf(b12.situation.at(-1).question) < words.indexOf('To fit the advice below'));
  assert.ok(words.indexOf('To fit the advice below') < words.indexOf(waiting));
});

test('attributes are honoured: heading-level, categories, situation, lang, topic', () => {
  const es = pack('b12-muscle-tightness.es');
  const cramps = pack('leg-cramps.en');
  const page = `<health-symptom-checklist heading-level="4" categories="neurological"></health-symptom-checklist>
<health-treatment-explainer situation="severity=severe&amp;cause=absorption" locked></health-treatment-explainer>
<health-comparison-table lang="es" for="nowhere"></health-comparison-table>
<div lang="es"><health-symptom-checklist></health-symptom-checklist></div>
<health-comparison-table topic="leg-cramps" heading-level="5" layout="stacked"></health-comparison-table>`;
  const { html, rendered, warnings } = prerender(page, { packs: [es, cramps] });
  assert.equal(rendered, 5);
  assert.deepEqual(warnings, []);

  const checklist = shadowOf(html, 'health-symptom-checklist');
  assert.match(checklist, /<h4 class="title/);
  assert.doesNotMatch(checklist, /<h[23]\b/);
  const neurological = pack('b12-muscle-tightness.en').categories.find((category) => category.id === 'neurological');
  const legends = [...checklist.matchAll(/<legend>(?:<!--[^>]*-->)*([^<]*)/g)].map((match) => match[1]);
  assert.equal(legends[0], neurological.label);
  assert.ok(!legends.includes('Muscle signs'), legends.join(' | '));

  const explainer = shadowOf(html, 'health-treatment-explainer');
  const checked = [...explainer.matchAll(/<input [^>]*\bchecked\b[^>]*>/g)].map((match) => match[0]);
  assert.equal(checked.length, 2);
  assert.ok(
    checked.some((input) => input.includes('value="severe"')) && checked.some((input) => input.includes('value="absorption"')),
  );
  assert.match(explainer, /<fieldset disabled/, 'locked: what the site set cannot be changed');

  // lang on the element, and inherited from an ancestor: the Spanish pack and Spanish chrome.
  assert.match(shadowOf(html, 'health-comparison-table'), /lang="es"/);
  assert.ok(text(shadowOf(html, 'health-comparison-table')).includes(es.comparison[0].label));
  const inherited = shadowOf(html, 'health-symptom-checklist', 1);
  assert.ok(text(inherited).includes(es.symptoms[0].label));
  assert.match(inherited, /<p class="needs-script">Para ver/);

  const legTable = shadowOf(html, 'health-comparison-table', 1);
  assert.match(legTable, /<h5 /);
  assert.ok(text(legTable).includes(cramps.comparison[0].label));
  assert.match(legTable, /class="frame stacked"/);
});

test('what an element warns about on the server is returned with its place, not printed', (t) => {
  const printed = t.mock.method(console, 'warn', () => {});
  const page = '<p>\n  <health-symptom-checklist heading-level="9" categories="nerves"></health-symptom-checklist>\n</p>';
  const { rendered, warnings } = prerender(page);
  assert.equal(rendered, 1);
  assert.equal(printed.mock.callCount(), 0);
  assert.ok(warnings.length >= 2);
  for (const warning of warnings)
    assert.deepEqual([warning.subject, warning.line, warning.column], ['<health-symptom-checklist>', 2, 3]);
  assert.ok(warnings.some((warning) => /heading-level/.test(warning.message)));
  assert.ok(warnings.some((warning) => /categories: .*"nerves"/.test(warning.message)));
});

test('a fragment: rendered alone, no script added, no page warning; the language comes from the option', () => {
  const es = pack('b12-muscle-tightness.es');
  const { html, warnings } = prerender('<health-comparison-table></health-comparison-table>', { packs: [es], lang: 'es' });
  assert.deepEqual(warnings, []);
  assert.match(html, /^<health-comparison-table layout="auto" defer-hydration><template shadowrootmode="open"><style>/);
  assert.match(html, /<\/template><\/health-comparison-table>$/);
  assert.ok(text(html).includes(es.comparison[0].label));
  assert.doesNotMatch(html, /<script/);
});

test('the hydration script: optional, never twice, and a warning when the page cannot take it', () => {
  const page = (scripts) =>
    `<!doctype html><html><head>${scripts}</head><body><health-comparison-table></health-comparison-table></body></html>`;
  const hydrate = /<script type="module" src="[^"]*health-widgets-hydrate\.js"><\/script>/g;
  assert.doesNotMatch(
    prerender(page('<script type="module" src="/hw/health-widgets.js"></script>'), { hydrationScript: false }).html,
    hydrate,
  );

  const twice = prerender(
    prerender(page('<script type="module" src="https://cdn.example/hw@1/dist/health-widgets.js"></script>')).html,
  );
  assert.equal(twice.html.match(hydrate).length, 1);
  assert.match(twice.html, /src="https:\/\/cdn\.example\/hw@1\/dist\/health-widgets-hydrate\.js"/);
  assert.equal(twice.rendered, 0, 'already pre-rendered elements are left as they are');

  const classic = prerender(page('<script src="/hw/health-widgets.iife.js"></script>'));
  assert.match(classic.warnings[0].message, /make it defer/);
  assert.deepEqual(prerender(page('<script src="/hw/health-widgets.iife.js" defer></script>')).warnings, []);
  const none = prerender(page('<script type="module" src="/my-bundle.js"></script>'));
  assert.match(none.warnings[0].message, /no <script src="\.\.\.\/health-widgets\.js"> found/);
  assert.equal(none.warnings[0].subject, 'page');
});

test('pre-rendering twice changes nothing the second time', () => {
  const once = prerender(demo).html;
  const again = prerender(once);
  assert.equal(again.html, once);
  assert.deepEqual([again.rendered, again.skipped, again.warnings], [0, 0, []]);
});

test('hostile pages: unknown and inert elements are left alone, broken markup never throws', () => {
  const inert = `<health-widget></health-widget><my-checklist></my-checklist>
<template><health-symptom-checklist></health-symptom-checklist></template>
<noscript><health-symptom-checklist></health-symptom-checklist></noscript>
<textarea><health-symptom-checklist></health-symptom-checklist></textarea>
<script>document.write('<health-symptom-checklist></health-symptom-checklist>')</script>
<!-- <health-symptom-checklist></health-symptom-checklist> -->
<svg><health-symptom-checklist></health-symptom-checklist></svg>
<div title="<health-comparison-table></health-comparison-table>"></div>`;
  const result = prerender(inert);
  assert.deepEqual([result.html, result.rendered, result.skipped, result.warnings], [inert, 0, 0, []]);

  const broken = [
    '',
    '<health-symptom-checklist',
    '<health-symptom-checklist heading-level="3',
    '<health-symptom-checklist></health-comparison-table>',
    '<HEALTH-COMPARISON-TABLE FOR="X"></HEALTH-COMPARISON-TABLE>',
    '<health-comparison-table/>',
    '</template><health-comparison-table></div></body></html>',
    '\u0000\uFFFD<health-comparison-table a="\u0000">',
    `<health-symptom-checklist ${'x'.repeat(100_000)}="1" categories="${'a,'.repeat(10_000)}"></health-symptom-checklist>`,
    '<health-treatment-explainer situation="%%%&&==&severity=&__proto__=1&constructor=x"></health-treatment-explainer>',
    '<health-symptom-checklist topic="__proto__"></health-symptom-checklist><health-symptom-checklist topic="toString"></health-symptom-checklist>',
  ];
  for (const page of broken) {
    const { html } = prerender(page);
    assert.equal(typeof html, 'string', JSON.stringify(page.slice(0, 80)));
    // What it added parses to elements that each hold one shadow root.
    const tree = parseFragment(html);
    assert.ok(tree);
  }
  // A self-closing tag stays valid HTML: the attributes land on the element.
  assert.match(
    prerender('<health-comparison-table/>').html,
    /^<health-comparison-table\/ layout="auto" defer-hydration><template/,
  );
});

test('an element the parser moves (inside a <table>) and one with src are left as they were, with a reason', () => {
  const page =
    '<table><health-comparison-table></health-comparison-table><tr><td>x</td></tr></table><health-symptom-checklist src="/packs/b12.json"></health-symptom-checklist>';
  const { html, rendered, skipped, warnings } = prerender(page);
  assert.equal(html, page);
  assert.deepEqual([rendered, skipped], [0, 2]);
  assert.match(warnings[0].message, /moves this element/);
  assert.match(warnings[1].message, /src="\/packs\/b12\.json" is loaded in the browser/);
});

test('bad packs are left out with a warning; elements that need them stay as they were', () => {
  const invalid = pack('leg-cramps.en');
  invalid.symptoms[0].category = 'nowhere';
  const unsafeUrl = {
    ...pack('leg-cramps.en'),
    sources: pack('leg-cramps.en').sources.map((source) => ({ ...source, url: 'javascript:alert(1)' })),
  };
  const page =
    '<health-symptom-checklist topic="leg-cramps"></health-symptom-checklist><health-comparison-table></health-comparison-table>';
  const { html, rendered, skipped, warnings } = prerender(page, { packs: [invalid, unsafeUrl, '{not json', null, 42, []] });
  assert.deepEqual([rendered, skipped], [1, 1]);
  assert.ok(html.startsWith('<health-symptom-checklist topic="leg-cramps"></health-symptom-checklist>'));
  assert.deepEqual(
    warnings.map((warning) => warning.subject),
    ['packs', 'packs', 'packs', 'packs', 'packs', 'packs', '<health-symptom-checklist>'],
  );
  assert.match(warnings[0].message, /^packs\[0\] is not a valid pack, so it is not used: symptoms\[0\]\.category/);
  assert.match(warnings[1].message, /http or https URL/);
  assert.match(warnings[2].message, /JSON/);
  assert.match(warnings[6].message, /no pack is registered as "leg-cramps"/);
});

test('packs count for one call only: the registry is as it was afterwards', () => {
  const page = '<health-comparison-table topic="leg-cramps"></health-comparison-table>';
  assert.equal(getTopic('leg-cramps'), undefined);
  assert.equal(prerender(page, { packs: [pack('leg-cramps.en')] }).rendered, 1);
  assert.equal(getTopic('leg-cramps'), undefined);
  assert.equal(prerender(page).rendered, 0);
  // A pack that replaces the built-in one (same id and language) does so for its call only.
  const retitled = { ...pack('b12-muscle-tightness.en'), title: 'Retitled for this call' };
  const builtIn = getTopic('b12-muscle-tightness', 'en');
  prerender('<health-comparison-table></health-comparison-table>', { packs: [retitled] });
  assert.equal(getTopic('b12-muscle-tightness', 'en'), builtIn);
});

test('pack text is escaped wherever it lands: text, attributes, links', () => {
  const hostile = pack('b12-muscle-tightness.en');
  hostile.id = 'hostile';
  hostile.title = '</template><script>alert(1)</script>';
  hostile.symptoms[0].label = '<img src=x onerror=alert(1)>';
  hostile.symptoms[1].clinicalTerm = '--><!--lit-part x--><b>';
  hostile.conditions[0].label = '" onmouseover="alert(1)';
  hostile.situation[0].question = '</noscript><script>alert(1)</script>';
  hostile.sources[1].title = '"><script>alert(1)</script>';
  hostile.sources[1].url = 'https://example.org/?q="><script>alert(1)</script>';
  const page = TAGS.map((tag) => `<${tag} topic="hostile"></${tag}>`).join('');
  const { html, rendered } = prerender(page, { packs: [hostile] });
  assert.equal(rendered, 3);
  assert.doesNotMatch(html, /<script|<img|<b>|onmouseover="|<!--lit-part x/);
  assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  assert.match(html, /href="https:\/\/example\.org\/\?q=&quot;&gt;&lt;script&gt;/);
  // Parsed as a browser would, the page holds the three hosts and their shadow templates, nothing else.
  const document = parse(`<!doctype html><body>${html}`);
  const body = document.childNodes[1].childNodes[1];
  assert.deepEqual(
    body.childNodes.map((node) => node.nodeName),
    TAGS,
  );
  for (const host of body.childNodes)
    assert.deepEqual(
      host.childNodes.map((node) => node.nodeName),
      ['template'],
    );
});

test('a page given as something else than a string is a programming error, said plainly', () => {
  assert.throws(() => prerender(undefined), /expected the page as a string/);
  assert.throws(() => prerender(Buffer.from('<p>')), TypeError);
});
