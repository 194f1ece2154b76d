/**
 * A 320 CSS px phone with text at 200%: the page never scrolls sideways
 * (`layout="table"` scrolls inside its own labelled, focusable region), every text column is at
 * least 200 px wide or holds its text on one line, no word that fits a line is broken, and axe
 * passes, in each state: empty, a result with an urgent sign, and the table layout.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { en } from '../../src/i18n/strings.js';
import type { HealthElement, HealthSymptomChecklist } from '../../src/index.js';
import {
  control,
  focused,
  getByPart,
  getByRole,
  headings,
  PLANT,
  queryAllByPart,
  queryAllByRole,
  registerVariant,
  settle,
  showResult,
  squash,
  textOf,
  threeWidgets,
} from '../harness/index.js';

const PHONE = { width: 320, height: 640 };
/** The narrowest text column the issue accepts for a line that wraps. */
const MIN_COLUMN = 200;

/**
 * The plant pack with long words where narrow columns broke them (in the urgent card's title and
 * text, and in a sign with a clinical term), and one word longer than any line.
 */
const LONG_WORDS = registerVariant((pack) => {
  pack.careCards.urgent = {
    title: 'Contamination risk: isolate the houseplant',
    text: 'Overfertilisation and waterlogging spread disease; disinfect neighbouring containers. Supercalifragilisticexpialidociously.',
    source: ['guide'],
  };
  const wilts = pack.symptoms.find((symptom) => symptom.id === 'whole-plant-wilts')!;
  wilts.label = 'Everything droops simultaneously';
  wilts.clinicalTerm = 'transpiration';
}, 'long-words');

/** The three elements on one page, as a site would place them, in a site's sans-serif text (wider than the default serif). */
const page = (topic: string, dir: 'ltr' | 'rtl' = 'ltr') => threeWidgets(topic, { dir, style: 'font-family: sans-serif' });

/** Ticks the urgent sign and asks for the result, as a person does. */
async function showUrgentResult(checklist: HealthSymptomChecklist, label: string, ...others: HealthElement[]): Promise<void> {
  control(checklist, label).click();
  await checklist.updateComplete;
  await showResult(checklist);
  await settle(checklist, ...others);
  expect(queryAllByPart(getByPart(checklist, 'result'), 'urgent-card'), 'the urgent card in the result').to.have.length(1);
}

/** The boxes that hold a text node's lines, for every text node shown in a scope. */
const textBoxes = (scope: Element) => shownTexts(scope, scope).map(lineBox);

/** Hidden from sight: display none, or clipped (visually hidden texts, the stacked header row). */
function isHidden(node: Element, host: Element): boolean {
  for (let el: Element | null = node; el && el !== host; el = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null) {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.clipPath !== 'none') return true;
  }
  return false;
}

/** The box whose width the lines of a text node share: its nearest non-inline ancestor. */
function lineBox(text: Text): HTMLElement {
  let el = text.parentElement!;
  while (getComputedStyle(el).display.startsWith('inline')) el = el.parentElement!;
  return el;
}

/** The width lines get inside a box: its content width. */
function contentWidth(el: HTMLElement): number {
  const style = getComputedStyle(el);
  return el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
}

/** The shown text nodes inside a root (or one part of it). */
function shownTexts(scope: ParentNode, host: Element): Text[] {
  const texts: Text[] = [];
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.data.trim() && text.parentElement && !isHidden(text.parentElement, host)) texts.push(text);
  }
  return texts;
}

/** The width of a word where it is shown in a box (its pieces added up, if it is broken). */
function wordWidth(box: HTMLElement, word: string): number {
  const text = shownTexts(box, box).find((node) => node.data.includes(word));
  expect(text, `"${word}" is shown`).to.exist;
  const range = document.createRange();
  const start = text!.data.indexOf(word);
  range.setStart(text!, start);
  range.setEnd(text!, start + word.length);
  return [...range.getClientRects()].reduce((sum, rect) => sum + rect.width, 0);
}

/** Distinct line tops of a range. */
const lineTops = (range: Range): number[] => [
  ...new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))),
];

/** Text columns narrower than MIN_COLUMN whose text wraps onto more than one line. */
function narrowColumns(el: HealthElement): string[] {
  const problems = new Set<string>();
  for (const text of shownTexts(el.shadowRoot!, el)) {
    const box = lineBox(text);
    const width = contentWidth(box);
    if (width >= MIN_COLUMN) continue;
    const range = document.createRange();
    range.selectNodeContents(box);
    if (lineTops(range).length > 1) problems.add(`${Math.round(width)} px: "${squash(box.textContent).slice(0, 40)}"`);
  }
  return [...problems];
}

/** Words split across lines although they fit on one line of their box. */
function brokenWords(scope: ParentNode, host: Element): string[] {
  const broken: string[] = [];
  for (const text of shownTexts(scope, host)) {
    const width = contentWidth(lineBox(text));
    // A line may break after a hyphen, a dash or a slash: those are not inside a word.
    for (const match of text.data.matchAll(/[^\s\-\u2010-\u2014/]+/g)) {
      const range = document.createRange();
      range.setStart(text, match.index!);
      range.setEnd(text, match.index! + match[0].length);
      if (lineTops(range).length < 2) continue;
      const wordWidth = [...range.getClientRects()].reduce((sum, rect) => sum + rect.width, 0);
      if (wordWidth < width - 1) broken.push(`${match[0]} (${Math.round(wordWidth)} of ${Math.round(width)} px)`);
    }
  }
  return broken;
}

/** The page does not scroll sideways, and no element's content sticks out of it. */
function expectNoPageScroll(elements: HealthElement[], state: string): void {
  const page = document.documentElement;
  expect(page.scrollWidth, `${state}: page scroll width`).to.be.at.most(page.clientWidth);
  for (const el of elements) expect(el.scrollWidth, `${state}: <${el.localName}> scroll width`).to.be.at.most(el.clientWidth + 1);
}

async function expectReadable(elements: HealthElement[], state: string): Promise<void> {
  expectNoPageScroll(elements, state);
  for (const el of elements) {
    expect(narrowColumns(el), `${state}: narrow text columns in <${el.localName}>`).to.deep.equal([]);
    expect(brokenWords(el.shadowRoot!, el), `${state}: words broken in <${el.localName}>`).to.deep.equal([]);
    for (const target of ['checkbox', 'radio', 'button'].flatMap((role) => queryAllByRole(el, role))) {
      const { width, height } = target.getBoundingClientRect();
      expect(Math.min(width, height), `${state}: target ${target.outerHTML.slice(0, 50)}`).to.be.at.least(24);
    }
    await expect(el).to.be.accessible();
  }
}

describe('a 320 px phone with text at 200%', () => {
  beforeEach(async () => {
    await setViewport(PHONE);
    document.documentElement.style.fontSize = '200%';
  });

  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  it('empty: no sideways scroll, wide text columns, no broken words, axe clean', async () => {
    const { elements } = await page(PLANT);
    await expectReadable(elements, 'empty');
  });

  it('a result with an urgent sign: the cards keep a text column of 200 px or more, axe clean', async () => {
    const { elements, checklist, table, explainer } = await page(PLANT);
    await showUrgentResult(checklist, 'The whole plant wilts', table, explainer);
    expect(queryAllByPart(explainer, 'urgent-card'), 'the explainer follows the red flag').to.have.length(1);
    for (const card of [...queryAllByPart(checklist, 'urgent-card'), ...queryAllByPart(explainer, 'urgent-card')]) {
      for (const box of textBoxes(card)) {
        expect(
          contentWidth(box),
          `the column of "${textOf(box).slice(0, 30)}" in <${card.getRootNode() instanceof ShadowRoot ? (card.getRootNode() as ShadowRoot).host.localName : ''}>`,
        ).to.be.at.least(MIN_COLUMN);
      }
    }
    await expectReadable(elements, 'urgent result');
  });

  it('a care card with long words breaks none that fits a line; a word longer than the line stays inside the card', async () => {
    const { elements, checklist, table, explainer } = await page(LONG_WORDS.id);
    await showUrgentResult(checklist, 'Everything droops simultaneously', table, explainer);
    const card = getByPart(getByPart(checklist, 'result'), 'urgent-card');
    const heading = headings(card)[0].node;
    const body = lineBox(shownTexts(card, card).find((text) => text.data.includes('Overfertilisation'))!);
    // The test means something only if the long words fit a line of their box but not a column
    // narrower than MIN_COLUMN.
    for (const [box, word] of [
      [heading, 'Contamination'],
      [body, 'Overfertilisation'],
    ] as const) {
      expect(wordWidth(box, word), `"${word}" fits a line`).to.be.within(MIN_COLUMN, contentWidth(box));
    }
    expect(textOf(card)).to.include('isolate the houseplant');
    for (const el of [checklist, explainer]) {
      expect(brokenWords(el.shadowRoot!, el), `<${el.localName}>`).to.deep.equal([]);
    }
    const cardBox = card.getBoundingClientRect();
    for (const node of card.querySelectorAll('*')) {
      expect(node.getBoundingClientRect().right, `${node.localName} inside the card`).to.be.at.most(cardBox.right + 1);
    }
    expect(card.scrollWidth, 'the card does not scroll').to.be.at.most(card.clientWidth + 1);
    await expectReadable(elements, 'long words');
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`layout="table" on a ${dir} page scrolls inside its own labelled, focusable region, never the page`, async () => {
      const { elements, table } = await page(PLANT, dir);
      table.setAttribute('layout', 'table');
      await settle(table);
      expectNoPageScroll(elements, `table layout, ${dir}`);

      const frame = getByRole(table, 'region', { name: en.tableTitle });
      expect(frame.tabIndex, 'focusable').to.equal(0);
      expect(frame.contains(getByRole(table, 'table')), 'the table is inside the region').to.equal(true);
      expect(frame.scrollWidth, 'the table is wider than the region').to.be.greaterThan(frame.clientWidth);
      expect(frame.getBoundingClientRect().right).to.be.at.most(document.documentElement.clientWidth);
      expect(getComputedStyle(frame).overflowX).to.be.oneOf(['auto', 'scroll']);

      // A keyboard user scrolls it: focus, then the arrow key towards the end of the line (the
      // table's own direction, which follows the language shown, not the page's).
      frame.focus();
      expect(focused()).to.equal(frame);
      await sendKeys({ press: getComputedStyle(frame).direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight' });
      await waitUntil(() => frame.scrollLeft !== 0, 'the region to scroll', { timeout: 2000 });
      expectNoPageScroll(elements, `table layout, ${dir}, scrolled`);
      expect(document.documentElement.scrollLeft, 'the page did not scroll').to.equal(0);

      for (const el of elements) await expect(el).to.be.accessible();
    });
  }
});

describe('the result comes into view', () => {
  it('after "See which pattern…", the top of the result (and its first card) is in view, and its heading has focus', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<HealthSymptomChecklist>(html`<health-symptom-checklist topic=${PLANT}></health-symptom-checklist>`);
    control(el, 'The whole plant wilts').click();
    await el.updateComplete;
    await showResult(el);
    await waitUntil(
      () => {
        const top = getByPart(el, 'result').getBoundingClientRect().top;
        return top >= -1 && top < 80;
      },
      'the result scrolled to the top of the screen',
      { timeout: 3000 },
    );
    expect(focused()).to.equal(getByRole(el, 'heading', { name: en.resultTitle }));
    const card = getByPart(getByPart(el, 'result'), 'urgent-card').getBoundingClientRect();
    expect(card.top).to.be.below(640);
    await setViewport({ width: 800, height: 600 });
  });
});
