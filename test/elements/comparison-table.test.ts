/** <health-comparison-table>: rendering, both layouts, reflow, following a checklist, attributes, axe, bad input. */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { registerTopic, type HealthComparisonTable } from '../../src/index.js';
import { en, es } from '../../src/i18n/strings.js';
import { spanishPlantPack } from '../fixtures/packs.js';
import {
  accessibleName,
  answer,
  clonePack,
  expectOneWarning,
  following,
  getByPart,
  getByRole,
  hasPart,
  headings,
  inOrder,
  packUrl,
  PLANT,
  plantTopic as pack,
  queryAllByPart,
  queryAllByRole,
  settle,
  watchWarnings,
  textOf,
  uniqueId,
  widget,
} from '../harness/index.js';

const ROW_LABELS = ['What the spots look like', 'Where the plant stands'];
const COLUMNS = ['A fungus', 'Too much sun', 'Small insects'];
const LEANS = en.answersLeanTo;
const TOUCHED = en.yourAnswersMark;

/** A table of the plant pack, with more attributes. */
const newTable = (attributes = '') =>
  widget<HealthComparisonTable>(`<health-comparison-table topic="${PLANT}" ${attributes}></health-comparison-table>`);

/** Computed `display` of a node. */
const display = (node: Element): string => getComputedStyle(node).display;

/** The rows of the table's body: the rows that have a row header. */
const bodyRows = (el: Element) => queryAllByRole(el, 'row').filter((row) => queryAllByRole(row, 'rowheader').length);
/** The header cells of the body rows, by their text. */
const rowHeaders = (el: Element) => queryAllByRole(el, 'rowheader').map((th) => textOf(th));
const cellsOf = (el: Element) => queryAllByRole(el, 'cell');

/** The inserted per-cell condition labels of the stacked layout (hidden from screen readers). */
const cellLabels = (table: Element) =>
  cellsOf(table).flatMap((cell) => [...cell.querySelectorAll<HTMLElement>('[aria-hidden="true"]')]);

/**
 * What the person sees marked: the highlighted column's header, and the headers of touched rows,
 * as rendered text (the mark is a block of its own, so it reads as a separate phrase).
 */
function marks(table: HealthComparisonTable): { column: string[]; touched: string[]; cells: number } {
  return {
    column: queryAllByRole(table, 'columnheader')
      .filter((th) => hasPart(th, 'highlight'))
      .map((th) => textOf(th)),
    touched: bodyRows(table)
      .filter((row) => hasPart(row, 'touched'))
      .map((row) => textOf(getByRole(row, 'rowheader'))),
    cells: cellsOf(table).filter((td) => hasPart(td, 'highlight')).length,
  };
}

function expectNoMarks(table: HealthComparisonTable): void {
  expect(marks(table)).to.deep.equal({ column: [], touched: [], cells: 0 });
  const text = textOf(table);
  expect(text).to.not.include(LEANS).and.not.include(TOUCHED).and.not.include(en.highlighted);
}

/** The fungus column is marked as where the answers lean, and the one touched row says so. */
function expectFungusMarks(table: HealthComparisonTable): void {
  const { column, touched, cells } = marks(table);
  expect(column).to.have.length(1);
  expect(column[0]).to.include('A fungus').and.include(LEANS);
  expect(cells).to.equal(ROW_LABELS.length);
  expect(touched).to.have.length(1);
  expect(touched[0]).to.include('What the spots look like').and.include(TOUCHED);
  // The untouched row carries no mark.
  for (const row of bodyRows(table).filter((tr) => !hasPart(tr, 'touched'))) {
    expect(textOf(getByRole(row, 'rowheader'))).to.equal('Where the plant stands');
  }
}

/** Signs that lean to a fungus (score 3 to 0) and touch the "look" row only (musty-smell is no row's evidence). */
const FUNGUS_ANSWERS = ['brown-spots', 'musty-smell'];

registerTopic(spanishPlantPack());

/** Holds back the response for one URL, so a `src` load stays pending for `ms`. */
function delayFetch(url: string, ms: number): { restore(): void } {
  const original = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input instanceof Request ? input.url : input) === url) await aTimeout(ms);
    return original.call(window, input, init);
  };
  return {
    restore: () => {
      window.fetch = original;
    },
  };
}

describe('<health-comparison-table>', () => {
  const warn = watchWarnings();
  let resized = false;

  afterEach(async () => {
    if (resized) await setViewport({ width: 800, height: 600 });
    resized = false;
  });

  const resize = (width: number, height = 800) => {
    resized = true;
    return setViewport({ width, height });
  };

  describe('rendering', () => {
    it('renders the comparison rows as a real table with caption, column and row headers, each cell sourced', async () => {
      const el = await newTable();
      // The title is a heading in the page outline, placed just above the table; the caption
      // names the table with the same words for screen readers.
      const table = getByRole(el, 'table', { name: en.tableTitle });
      const [heading] = headings(el);
      expect(heading).to.include({ text: en.tableTitle, level: 2 });
      expect(inOrder(heading.node, table)).to.equal(true);
      expect(queryAllByRole(table, 'heading'), 'no heading inside the table roles').to.deep.equal([]);

      // Three conditions: a feature column and one column each.
      expect(queryAllByRole(el, 'columnheader').map(accessibleName)).to.deep.equal([en.feature, ...COLUMNS]);

      // The "look" row cites source 1, the "where" row sources 1 and 2.
      const citations = ['[1]', '[1, 2]'];
      const rows = bodyRows(el);
      expect(rows.map((row) => accessibleName(getByRole(row, 'rowheader')))).to.deep.equal(ROW_LABELS);
      rows.forEach((row, index) => {
        const rowCells = queryAllByRole(row, 'cell');
        expect(rowCells).to.have.length(3);
        rowCells.forEach((cell, column) => {
          // What a screen reader says for the cell: the value and its source, not the inserted label.
          expect(accessibleName(cell), `row ${index} cell ${column}`).to.equal(
            `${pack.comparison[index].values[pack.conditions[column].id]} ${en.source} ${citations[index]}`,
          );
        });
      });
      expectNoMarks(el);
      expect(textOf(el)).to.include('A test guide to house plants').and.include('Plant club notes');
    });
  });

  describe('semantics in both layouts', () => {
    const ROLE_COUNTS = { table: 1, rowgroup: 2, row: 3, columnheader: 4, rowheader: 2, cell: 6 };

    for (const layout of ['table', 'stacked'] as const) {
      it(`keeps explicit table roles with layout="${layout}"`, async () => {
        const el = await newTable(`layout="${layout}"`);
        for (const [role, count] of Object.entries(ROLE_COUNTS)) {
          const found = queryAllByRole(el, role, { hidden: true });
          expect(found, role).to.have.length(count);
          // Explicit: `display: block` would drop a native table's implicit roles.
          expect(
            found.every((node) => node.getAttribute('role') === role),
            `${role} is explicit`,
          ).to.equal(true);
        }
      });
    }

    it('in stacked layout, cells and rows are blocks, the header row is visually hidden but present, labels are shown and aria-hidden', async () => {
      const el = await newTable('layout="stacked"');
      for (const node of [...bodyRows(el), ...cellsOf(el)]) expect(display(node)).to.equal('block');
      const thead = queryAllByRole(el, 'rowgroup')[0];
      expect(queryAllByRole(thead, 'columnheader').map(accessibleName)).to.deep.equal([en.feature, ...COLUMNS]);
      expect(display(thead)).to.not.equal('none');
      const box = thead.getBoundingClientRect();
      expect(box.width <= 1 && box.height <= 1, `thead is ${box.width}x${box.height}`).to.equal(true);
      expect(getComputedStyle(thead).clipPath).to.not.equal('none');
      const labels = cellLabels(el);
      expect(labels).to.have.length(6);
      for (const label of labels) {
        expect(display(label)).to.equal('block');
        expect(label.getBoundingClientRect().height).to.be.greaterThan(0);
      }
      expect(labels.map((label) => textOf(label))).to.deep.equal([...COLUMNS, ...COLUMNS]);
    });

    it('in table layout, cells are table cells and the inserted labels are not displayed', async () => {
      const el = await newTable('layout="table"');
      for (const td of cellsOf(el)) expect(display(td)).to.equal('table-cell');
      const labels = cellLabels(el);
      expect(labels).to.have.length(6);
      for (const label of labels) expect(display(label)).to.equal('none');
      // The scrollable frame is a named, focusable region so keyboard users can scroll it.
      const frame = getByRole(el, 'region', { name: en.tableTitle });
      expect(frame.tabIndex).to.equal(0);
      expect(frame.contains(getByRole(el, 'table'))).to.equal(true);
    });
  });

  describe('layout="auto" follows the container, not the viewport', () => {
    it('stacks in a 300px container on a wide page and is a table in a 1000px one', async () => {
      await resize(1280);
      const narrow = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 300px"><health-comparison-table topic=${PLANT}></health-comparison-table></div>`,
      );
      const inNarrow = narrow.querySelector('health-comparison-table')!;
      expect(display(cellsOf(inNarrow)[0])).to.equal('block');
      expect(display(cellLabels(inNarrow)[0])).to.equal('block');

      const wide = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 1000px"><health-comparison-table topic=${PLANT}></health-comparison-table></div>`,
      );
      const inWide = wide.querySelector('health-comparison-table')!;
      expect(display(cellsOf(inWide)[0])).to.equal('table-cell');
      expect(display(cellLabels(inWide)[0])).to.equal('none');

      // The same element reflows when only its container changes.
      wide.style.inlineSize = '300px';
      await aTimeout(50);
      expect(display(cellsOf(inWide)[0])).to.equal('block');
    });

    it('stacks on a 320px-wide phone without horizontal overflow', async () => {
      await resize(320, 640);
      const el = await newTable();
      expect(display(cellsOf(el)[0])).to.equal('block');
      expect(el.scrollWidth, 'element scroll width').to.be.at.most(el.clientWidth + 1);
      const page = document.documentElement;
      expect(page.scrollWidth, 'page scroll width').to.be.at.most(page.clientWidth + 1);
      const right = el.getBoundingClientRect().right;
      const header = queryAllByRole(el, 'rowgroup')[0];
      const nodes = ['table', 'row', 'rowheader', 'cell', 'paragraph', 'listitem'].flatMap((role) => queryAllByRole(el, role));
      for (const node of nodes) {
        // The header row is visually hidden (clipped), not laid out to fit.
        if (header.contains(node)) continue;
        expect(node.getBoundingClientRect().right, `<${node.localName}> stays inside`).to.be.at.most(right + 1);
      }
    });
  });

  describe('for (following a checklist)', () => {
    it('follows a checklist earlier in the document: marks the leaning column and touched rows; removing it clears them', async () => {
      const { checklist, follower: table } = await following('health-comparison-table');
      expectNoMarks(table);

      await answer(checklist, ...FUNGUS_ANSWERS);
      await settle(table);
      expectFungusMarks(table);

      checklist.remove();
      await settle(table);
      expectNoMarks(table);
    });

    it('marks every row a pattern answer touches too', async () => {
      const { checklist, follower: table } = await following('health-comparison-table');
      await answer(checklist, 'pale-patches', 'light-window');
      await settle(table);
      const { column, touched, cells } = marks(table);
      expect(column).to.have.length(1);
      expect(column[0]).to.include('Too much sun').and.include(LEANS);
      expect(cells).to.equal(2);
      expect(touched).to.deep.equal(ROW_LABELS.map((label) => `${label} ${TOUCHED}`));
    });

    it('follows answers that change without an event: set as a property, reset, pending until a src load', async () => {
      const id = uniqueId('cl');
      const slow = uniqueId('slow');
      // The plant pack as JSON at a URL whose load is held back, so answers arrive before it.
      const src = packUrl(clonePack());
      const delayed = delayFetch(src, 400);
      try {
        const page = await fixture<HTMLDivElement>(
          html`<div>
            <health-symptom-checklist id=${id} topic=${PLANT}></health-symptom-checklist>
            <health-comparison-table for=${id} topic=${PLANT}></health-comparison-table>
            <health-symptom-checklist id=${slow} src=${src}></health-symptom-checklist>
            <health-comparison-table for=${slow} topic=${PLANT}></health-comparison-table>
          </div>`,
        );
        const [checklist, loading] = page.querySelectorAll('health-symptom-checklist');
        const [table, waiting] = page.querySelectorAll('health-comparison-table');

        checklist.answers = { signs: FUNGUS_ANSWERS, patterns: {} };
        await settle(checklist, table);
        expectFungusMarks(table);
        checklist.reset();
        await settle(checklist, table);
        expectNoMarks(table);

        // Given while the checklist's pack is still loading; applied when it arrives.
        expect(loading.topicData, 'still loading').to.equal(null);
        loading.answers = { signs: FUNGUS_ANSWERS, patterns: {} };
        await waitUntil(() => marks(waiting).column.length > 0, 'the marks after the load', { timeout: 4000 });
        expectFungusMarks(waiting);
      } finally {
        delayed.restore();
        URL.revokeObjectURL(src);
      }
    });

    it('finds a checklist that appears after the table, warning once while it is missing', async () => {
      const id = uniqueId('late');
      const page = await fixture<HTMLDivElement>(
        html`<div><health-comparison-table for=${id} topic=${PLANT}></health-comparison-table></div>`,
      );
      const table = page.querySelector('health-comparison-table')!;
      await aTimeout(20);
      expectOneWarning(warn, `for="${id}"`, '<health-comparison-table>', 'health-symptom-checklist');

      const checklist = document.createElement('health-symptom-checklist');
      checklist.id = id;
      checklist.topic = PLANT;
      page.append(checklist);
      await settle(checklist, table);
      await answer(checklist, ...FUNGUS_ANSWERS);
      await settle(table);
      expectFungusMarks(table);
      expect(warn.messages).to.have.length(1);
    });

    it('follows a checklist in the same shadow root, and not one with that id outside it', async () => {
      const id = uniqueId('inner');
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <health-symptom-checklist id=${id} topic=${PLANT}></health-symptom-checklist>
          <div id="host"></div>
        </div>`,
      );
      const outside = page.querySelector('health-symptom-checklist')!;
      const shadow = page.querySelector('#host')!.attachShadow({ mode: 'open' });
      shadow.innerHTML = `<health-symptom-checklist id="${id}" topic="${PLANT}"></health-symptom-checklist>
        <health-comparison-table for="${id}" topic="${PLANT}"></health-comparison-table>`;
      const inside = shadow.querySelector('health-symptom-checklist')!;
      const table = shadow.querySelector('health-comparison-table')!;
      await settle(inside, table);

      await answer(outside, ...FUNGUS_ANSWERS);
      await settle(table);
      expectNoMarks(table);

      await answer(inside, ...FUNGUS_ANSWERS);
      await settle(table);
      expectFungusMarks(table);
      await aTimeout(20);
      expect(warn.messages, 'no warning: the checklist was found').to.deep.equal([]);
    });

    it('stops following when for names another checklist', async () => {
      const first = uniqueId('first');
      const second = uniqueId('second');
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <health-symptom-checklist id=${first} topic=${PLANT}></health-symptom-checklist>
          <health-symptom-checklist id=${second} topic=${PLANT}></health-symptom-checklist>
          <health-comparison-table for=${first} topic=${PLANT}></health-comparison-table>
        </div>`,
      );
      const [firstList, secondList] = page.querySelectorAll('health-symptom-checklist');
      const table = page.querySelector('health-comparison-table')!;
      await answer(firstList, ...FUNGUS_ANSWERS);
      await settle(table);
      expectFungusMarks(table);

      table.setAttribute('for', second);
      await settle(table);
      expectNoMarks(table);
      await answer(firstList, 'tiny-holes');
      await settle(table);
      expectNoMarks(table);

      await answer(secondList, ...FUNGUS_ANSWERS);
      await settle(table);
      expectFungusMarks(table);
    });

    it('warns once when for names nothing, and renders normally', async () => {
      const el = await fixture<HealthComparisonTable>(
        html`<health-comparison-table for="no-such-list" topic=${PLANT}></health-comparison-table>`,
      );
      await aTimeout(20);
      expectOneWarning(warn, 'for="no-such-list"', 'no <health-symptom-checklist> with this id');
      expect(bodyRows(el)).to.have.length(ROW_LABELS.length);
      expectNoMarks(el);
      // Re-rendering does not warn again.
      el.features = 'where';
      await settle(el);
      expect(warn.messages).to.have.length(1);
    });

    it('warns once more, naming it, when for changes to another id that is missing', async () => {
      const el = await fixture<HealthComparisonTable>(
        html`<health-comparison-table for="missing-a" topic=${PLANT}></health-comparison-table>`,
      );
      await aTimeout(20);
      el.htmlFor = 'missing-b';
      await settle(el);
      await aTimeout(20);
      expect(warn.messages).to.have.length(2);
      expect(warn.messages[0]).to.include('for="missing-a"');
      expect(warn.messages[1]).to.include('for="missing-b"');
    });
  });

  describe('attributes', () => {
    it('highlight="sunburn" marks that column in words, not by colour alone', async () => {
      const el = await newTable('highlight="sunburn"');
      const { column, touched, cells } = marks(el);
      expect(column).to.have.length(1);
      expect(column[0]).to.include('Too much sun');
      // The site chose it, not the person's answers: it must not claim to be "your answers".
      expect(column[0]).to.equal(`Too much sun ${en.highlighted}`);
      expect(textOf(el)).to.not.include(LEANS);
      expect(cells).to.equal(ROW_LABELS.length);
      const values = pack.comparison.map((row) => row.values.sunburn);
      expect(
        cellsOf(el)
          .filter((td) => hasPart(td, 'highlight'))
          .map((td) => accessibleName(td).split(` ${en.source}`)[0]),
      ).to.deep.equal(values);
      expect(touched).to.deep.equal([]);
      const [feature, ...columns] = queryAllByRole(el, 'columnheader');
      const header = columns.find((th) => hasPart(th, 'highlight'))!;
      expect(getComputedStyle(header).backgroundColor).to.not.equal(getComputedStyle(feature).backgroundColor);
    });

    it("the followed checklist's leaning wins over highlight", async () => {
      const { checklist, follower: table } = await following('health-comparison-table', 'highlight="sunburn"');
      expect(marks(table).column).to.deep.equal([`Too much sun ${en.highlighted}`]);
      await answer(checklist, ...FUNGUS_ANSWERS);
      await settle(table);
      expectFungusMarks(table);
    });

    it('warns once about an unknown highlight and highlights nothing', async () => {
      const el = await newTable('highlight="gout"');
      el.layout = 'stacked';
      await settle(el);
      expectOneWarning(warn, 'highlight="gout"', 'not a condition');
      expectNoMarks(el);
    });

    it('features="where,look" shows only those rows, in that order', async () => {
      const el = await newTable('features="where,look"');
      expect(rowHeaders(el)).to.deep.equal(['Where the plant stands', 'What the spots look like']);
      expect(cellsOf(el)).to.have.length(6);
    });

    it('warns once about unknown feature ids and shows the known ones', async () => {
      const el = await newTable('features="where, price, look"');
      el.highlight = 'sunburn';
      await settle(el);
      expectOneWarning(warn, 'features', 'price');
      expect(warn.messages[0]).to.not.include('where').and.not.include('look');
      expect(rowHeaders(el)).to.deep.equal(['Where the plant stands', 'What the spots look like']);
    });

    it('warns once about an invalid layout and falls back to auto', async () => {
      await resize(1280);
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <div style="inline-size: 300px"><health-comparison-table topic=${PLANT} layout="cards"></health-comparison-table></div>
          <div style="inline-size: 1000px"><health-comparison-table topic=${PLANT} layout="cards"></health-comparison-table></div>
        </div>`,
      );
      const [narrow, wide] = page.querySelectorAll('health-comparison-table');
      expect(warn.messages).to.have.length(2); // one per element
      for (const message of warn.messages) expect(message).to.include('layout="cards"').and.include('using auto');
      expect(display(cellsOf(narrow)[0])).to.equal('block');
      expect(display(cellsOf(wide)[0])).to.equal('table-cell');
      narrow.highlight = 'sunburn';
      await settle(narrow);
      expect(warn.messages).to.have.length(2);
    });
  });

  describe('accessibility (axe)', () => {
    it('table layout', async () => {
      const el = await fixture(html`<health-comparison-table topic=${PLANT} layout="table"></health-comparison-table>`);
      await expect(el).to.be.accessible();
    });

    it('stacked layout', async () => {
      const el = await fixture(html`<health-comparison-table topic=${PLANT} layout="stacked"></health-comparison-table>`);
      await expect(el).to.be.accessible();
    });

    it('highlighted, with the marks of a followed checklist', async () => {
      const { checklist, follower: table } = await following('health-comparison-table', 'layout="table"');
      await answer(checklist, ...FUNGUS_ANSWERS);
      await settle(table);
      expectFungusMarks(table);
      await expect(table).to.be.accessible();
    });

    // Loading and error: base-contract.test.ts.

    it('lang="es": the Spanish pack with the Spanish UI', async () => {
      const el = await fixture(html`<health-comparison-table topic=${PLANT} lang="es" layout="table"></health-comparison-table>`);
      expect(getByRole(el, 'table', { name: es.tableTitle })).to.exist;
      expect(headings(el)[0].text).to.equal(es.tableTitle);
      expect(queryAllByRole(el, 'columnheader').map(accessibleName)).to.deep.equal([
        es.feature,
        'Un hongo',
        'Demasiado sol',
        'Insectos pequeños',
      ]);
      expect(rowHeaders(el)).to.deep.equal(['Cómo son las manchas', 'Dónde está la planta']);
      expect(getByPart(el, 'base').lang).to.equal('es');
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    it('a pack with no comparison rows says so in words, with no table, and warns once', async () => {
      const empty = clonePack();
      empty.id = uniqueId('no-rows');
      empty.comparison = [];
      // Answers may only follow rows that exist: these follow the background statement instead.
      for (const answer of [...empty.symptoms, ...empty.patterns.flatMap((pattern) => pattern.options)]) {
        if (answer.basis) answer.basis = ['causes'];
      }
      registerTopic(empty);
      const el = await fixture<HealthComparisonTable>(
        html`<health-comparison-table topic=${empty.id}></health-comparison-table>`,
      );
      expect(el.topicData?.id).to.equal(empty.id);
      expect([...queryAllByRole(el, 'table', { hidden: true }), ...queryAllByRole(el, 'row', { hidden: true })]).to.have.length(
        0,
      );
      expect(queryAllByRole(el, 'paragraph').map((p) => textOf(p))).to.include(en.noComparison);
      expect(headings(el)[0].text).to.equal(empty.labels?.tableTitle ?? en.tableTitle);
      // The safety frame and the sources stay: the widget is never an empty box.
      expect(queryAllByPart(el, 'safety')).to.have.length(1);
      expect(queryAllByPart(el, 'sources')).to.have.length(1);
      expect(queryAllByPart(el, 'error')).to.have.length(0);
      el.setAttribute('highlight', 'fungus');
      el.requestUpdate();
      await settle(el);
      expectOneWarning(warn, '<health-comparison-table>', `"${empty.id}"`, 'no comparison rows');
      await expect(el).to.be.accessible();
    });

    it('survives nonsense property values without throwing', async () => {
      const el = await newTable();
      Object.assign(el, { features: ',, ,', highlight: '', layout: 42, htmlFor: '' });
      await settle(el);
      expect(bodyRows(el)).to.have.length(ROW_LABELS.length);
      expectNoMarks(el);
      // A number is not a layout: dropped as a value of the wrong type, the old layout kept.
      expect(el.layout).to.equal('auto');
      expectOneWarning(warn, '<health-comparison-table>: layout: expected a string but got 42; ignored.');
      warn.messages.length = 0;
      // A string that is not a layout is the element's own concern: kept, and warned about.
      el.layout = 'grid' as HealthComparisonTable['layout'];
      await settle(el);
      expect(bodyRows(el)).to.have.length(ROW_LABELS.length);
      expectOneWarning(warn, 'layout="grid"', 'using auto');
    });
  });
});
