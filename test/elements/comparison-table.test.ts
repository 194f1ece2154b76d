import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import {
  b12MuscleTightness,
  type HealthComparisonTable,
  type HealthErrorEvent,
} from '../../src/index.js';
import {
  all,
  answer,
  display,
  expectOneWarning,
  one,
  route,
  settle,
  shadow,
  spyWarn,
  squash,
  textOf,
  uid,
  type WarnSpy,
} from './follow-helpers.js';

const pack = b12MuscleTightness;
const ROW_LABELS = ['Underlying cause', 'Signs that come with it', 'How fast it starts', 'Where it is felt', 'What helps'];
const LEANS = 'Your answers look more like this';
const TOUCHED = 'Your answers';

/** What the person sees marked: the highlighted column's header, and the headers of touched rows. */
function marks(table: HealthComparisonTable): { column: string[]; touched: string[]; cells: number } {
  return {
    column: all(table, 'thead th[part~="highlight"]').map((th) => squash(th.textContent)),
    touched: all(table, 'tbody tr[part~="touched"] > th').map((th) => squash(th.textContent)),
    cells: all(table, 'td[part~="highlight"]').length,
  };
}

function expectNoMarks(table: HealthComparisonTable): void {
  expect(marks(table)).to.deep.equal({ column: [], touched: [], cells: 0 });
  expect(all(table, '.mark, .highlight, .touched')).to.have.length(0);
}

/** The B12 column is marked as where the answers lean, and the two touched rows say so. */
function expectB12Marks(table: HealthComparisonTable): void {
  const { column, touched, cells } = marks(table);
  expect(column).to.have.length(1);
  expect(column[0]).to.include('B12-related tightness').and.include(LEANS);
  expect(one(table, 'thead th.highlight').getAttribute('role')).to.equal('columnheader');
  expect(cells).to.equal(ROW_LABELS.length);
  expect(touched).to.have.length(2);
  expect(touched[0]).to.include('Signs that come with it').and.include(TOUCHED);
  expect(touched[1]).to.include('How fast it starts').and.include(TOUCHED);
  // Untouched rows carry no mark.
  for (const th of all(table, 'tbody tr:not(.touched) > th')) expect(th.querySelector('.mark')).to.equal(null);
}

/** Answers that lean to B12 (score 6 to 0) and touch the "signs" and "onset" rows. */
const B12_ANSWERS = ['tingling', 'memory', 'onset-slow'];

describe('<health-comparison-table>', () => {
  let warn: WarnSpy | null = null;
  let resized = false;

  afterEach(async () => {
    warn?.restore();
    warn = null;
    if (resized) await setViewport({ width: 800, height: 600 });
    resized = false;
  });

  const resize = (width: number, height = 800) => {
    resized = true;
    return setViewport({ width, height });
  };

  describe('rendering', () => {
    it('renders the comparison rows as a real table with caption, column and row headers, each cell sourced', async () => {
      const el = await fixture<HealthComparisonTable>(html`<health-comparison-table></health-comparison-table>`);
      const table = one<HTMLTableElement>(el, 'table');
      expect(table.getAttribute('role')).to.equal('table');

      // The title is a heading in the page outline, placed just above the table; the caption
      // names the table with the same words for screen readers.
      const heading = one(el, '[role="heading"]');
      expect(squash(heading.textContent)).to.equal('How the patterns compare');
      expect(heading.getAttribute('aria-level')).to.equal('2');
      expect(heading.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      const caption = table.caption!;
      expect(caption, 'a <caption>').to.exist;
      expect(squash(caption.textContent)).to.equal(squash(heading.textContent));
      expect(table.querySelector('[role="heading"]'), 'no heading inside the table roles').to.equal(null);

      const columns = all(el, 'thead th');
      expect(columns.map((th) => squash(th.textContent))).to.deep.equal([
        'Feature',
        ...pack.conditions.map((condition) => condition.label),
      ]);
      for (const th of columns) {
        expect(th.getAttribute('scope')).to.equal('col');
        expect(th.getAttribute('role')).to.equal('columnheader');
      }

      const rows = all<HTMLTableRowElement>(el, 'tbody tr');
      expect(rows.map((tr) => squash(tr.querySelector('th')!.textContent))).to.deep.equal(ROW_LABELS);
      rows.forEach((tr, index) => {
        const th = tr.querySelector('th')!;
        expect(th.getAttribute('scope')).to.equal('row');
        expect(th.getAttribute('role')).to.equal('rowheader');
        const cells = [...tr.querySelectorAll('td')];
        expect(cells).to.have.length(pack.conditions.length);
        cells.forEach((td, column) => {
          expect(td.getAttribute('role')).to.equal('cell');
          const text = squash(td.textContent);
          expect(text).to.include(pack.comparison[index].values[pack.conditions[column].id]);
          expect(text, `row ${index} cell ${column} has its source mark`).to.include('[1]');
          expect(td.querySelector('.cite .visually-hidden')?.textContent).to.include('Source:');
        });
      });
      expectNoMarks(el);
      expect(textOf(el)).to.include('The B12-Nerve Connection');
    });
  });

  describe('semantics in both layouts', () => {
    const ROLE_COUNTS = { table: 1, rowgroup: 2, row: 6, columnheader: 3, rowheader: 5, cell: 10 };

    for (const layout of ['table', 'stacked'] as const) {
      it(`keeps explicit table roles with layout="${layout}"`, async () => {
        const el = await fixture<HealthComparisonTable>(
          html`<health-comparison-table layout=${layout}></health-comparison-table>`,
        );
        for (const [role, count] of Object.entries(ROLE_COUNTS)) {
          expect(all(el, `[role="${role}"]`), role).to.have.length(count);
        }
      });
    }

    it('in stacked layout, cells and rows are blocks, the header row is visually hidden but present, labels are shown and aria-hidden', async () => {
      const el = await fixture<HealthComparisonTable>(html`<health-comparison-table layout="stacked"></health-comparison-table>`);
      for (const node of all(el, 'tbody tr, td')) expect(display(node)).to.equal('block');
      const thead = one(el, 'thead');
      expect(display(thead)).to.not.equal('none');
      const box = thead.getBoundingClientRect();
      expect(box.width <= 1 && box.height <= 1, `thead is ${box.width}x${box.height}`).to.equal(true);
      expect(getComputedStyle(thead).clipPath).to.not.equal('none');
      const labels = all(el, '.cell-label');
      expect(labels).to.have.length(10);
      for (const label of labels) {
        expect(label.getAttribute('aria-hidden')).to.equal('true');
        expect(display(label)).to.equal('block');
        expect(label.getBoundingClientRect().height).to.be.greaterThan(0);
      }
      expect(squash(labels[0].textContent)).to.equal('B12-related tightness');
    });

    it('in table layout, cells are table cells and the inserted labels are not displayed', async () => {
      const el = await fixture<HealthComparisonTable>(html`<health-comparison-table layout="table"></health-comparison-table>`);
      for (const td of all(el, 'td')) expect(display(td)).to.equal('table-cell');
      for (const label of all(el, '.cell-label')) expect(display(label)).to.equal('none');
      // The scrollable frame is a named, focusable region so keyboard users can scroll it.
      const frame = one(el, '.frame');
      expect(frame.getAttribute('role')).to.equal('region');
      expect(frame.getAttribute('tabindex')).to.equal('0');
      expect(squash(shadow(el).getElementById(frame.getAttribute('aria-labelledby')!)?.textContent)).to.equal(
        'How the patterns compare',
      );
    });
  });

  describe('layout="auto" follows the container, not the viewport', () => {
    it('stacks in a 300px container on a wide page and is a table in a 1000px one', async () => {
      await resize(1280);
      const narrow = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 300px"><health-comparison-table></health-comparison-table></div>`,
      );
      const inNarrow = narrow.querySelector('health-comparison-table')!;
      expect(display(one(inNarrow, 'td'))).to.equal('block');
      expect(display(one(inNarrow, '.cell-label'))).to.equal('block');

      const wide = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 1000px"><health-comparison-table></health-comparison-table></div>`,
      );
      const inWide = wide.querySelector('health-comparison-table')!;
      expect(display(one(inWide, 'td'))).to.equal('table-cell');
      expect(display(one(inWide, '.cell-label'))).to.equal('none');

      // The same element reflows when only its container changes.
      wide.style.inlineSize = '300px';
      await aTimeout(50);
      expect(display(one(inWide, 'td'))).to.equal('block');
    });

    it('stacks on a 320px-wide phone without horizontal overflow', async () => {
      await resize(320, 640);
      const el = await fixture<HealthComparisonTable>(html`<health-comparison-table></health-comparison-table>`);
      expect(display(one(el, 'td'))).to.equal('block');
      expect(el.scrollWidth, 'element scroll width').to.be.at.most(el.clientWidth + 1);
      const page = document.documentElement;
      expect(page.scrollWidth, 'page scroll width').to.be.at.most(page.clientWidth + 1);
      const right = el.getBoundingClientRect().right;
      for (const node of all(el, 'table, tr, th, td, caption, p, li')) {
        if (node.closest('thead')) continue;
        expect(node.getBoundingClientRect().right, `<${node.localName}> stays inside`).to.be.at.most(right + 1);
      }
    });
  });

  describe('for (following a checklist)', () => {
    it('follows a checklist earlier in the document: marks the leaning column and touched rows; removing it clears them', async () => {
      const id = uid('cl');
      const page = await fixture<HTMLDivElement>(html`<div>
        <health-symptom-checklist id=${id}></health-symptom-checklist>
        <health-comparison-table for=${id}></health-comparison-table>
      </div>`);
      const checklist = page.querySelector('health-symptom-checklist')!;
      const table = page.querySelector('health-comparison-table')!;
      expectNoMarks(table);

      await answer(checklist, ...B12_ANSWERS);
      await settle(table);
      expectB12Marks(table);

      checklist.remove();
      await settle(table);
      expectNoMarks(table);
    });

    it('follows answers that change without an event: set as a property, reset, pending until a src load', async () => {
      const id = uid('cl');
      const slow = uid('slow');
      const page = await fixture<HTMLDivElement>(html`<div>
        <health-symptom-checklist id=${id}></health-symptom-checklist>
        <health-comparison-table for=${id}></health-comparison-table>
        <health-symptom-checklist id=${slow} src=${route('slow-valid')}></health-symptom-checklist>
        <health-comparison-table for=${slow}></health-comparison-table>
      </div>`);
      const [checklist, loading] = page.querySelectorAll('health-symptom-checklist');
      const [table, waiting] = page.querySelectorAll('health-comparison-table');

      checklist.answers = { signs: ['tingling', 'memory'], patterns: { onset: 'onset-slow' } };
      await settle(checklist, table);
      expectB12Marks(table);
      checklist.reset();
      await settle(checklist, table);
      expectNoMarks(table);

      // Given while the checklist's pack is still loading; applied when it arrives.
      loading.answers = { signs: ['tingling', 'memory'], patterns: { onset: 'onset-slow' } };
      await waitUntil(() => all(waiting, '.mark').length > 0, 'the marks after the load', { timeout: 4000 });
      expectB12Marks(waiting);
    });

    it('finds a checklist that appears after the table, warning once while it is missing', async () => {
      warn = spyWarn();
      const id = uid('late');
      const page = await fixture<HTMLDivElement>(
        html`<div><health-comparison-table for=${id}></health-comparison-table></div>`,
      );
      const table = page.querySelector('health-comparison-table')!;
      await aTimeout(20);
      expectOneWarning(warn, `for="${id}"`, '<health-comparison-table>', 'health-symptom-checklist');

      const checklist = document.createElement('health-symptom-checklist');
      checklist.id = id;
      page.append(checklist);
      await settle(checklist, table);
      await answer(checklist, ...B12_ANSWERS);
      await settle(table);
      expectB12Marks(table);
      expect(warn.messages).to.have.length(1);
    });

    it('follows a checklist in the same shadow root, and not one with that id outside it', async () => {
      warn = spyWarn();
      const id = uid('inner');
      const page = await fixture<HTMLDivElement>(html`<div>
        <health-symptom-checklist id=${id}></health-symptom-checklist>
        <div class="host"></div>
      </div>`);
      const outside = page.querySelector('health-symptom-checklist')!;
      const root = page.querySelector('.host')!.attachShadow({ mode: 'open' });
      root.innerHTML = `<health-symptom-checklist id="${id}"></health-symptom-checklist>
        <health-comparison-table for="${id}"></health-comparison-table>`;
      const inside = root.querySelector('health-symptom-checklist')!;
      const table = root.querySelector('health-comparison-table')!;
      await settle(inside, table);

      await answer(outside, ...B12_ANSWERS);
      await settle(table);
      expectNoMarks(table);

      await answer(inside, ...B12_ANSWERS);
      await settle(table);
      expectB12Marks(table);
      await aTimeout(20);
      expect(warn.messages, 'no warning: the checklist was found').to.deep.equal([]);
    });

    it('stops following when for names another checklist', async () => {
      const first = uid('first');
      const second = uid('second');
      const page = await fixture<HTMLDivElement>(html`<div>
        <health-symptom-checklist id=${first}></health-symptom-checklist>
        <health-symptom-checklist id=${second}></health-symptom-checklist>
        <health-comparison-table for=${first}></health-comparison-table>
      </div>`);
      const [firstList, secondList] = page.querySelectorAll('health-symptom-checklist');
      const table = page.querySelector('health-comparison-table')!;
      await answer(firstList, ...B12_ANSWERS);
      await settle(table);
      expectB12Marks(table);

      table.setAttribute('for', second);
      await settle(table);
      expectNoMarks(table);
      await answer(firstList, 'fatigue');
      await settle(table);
      expectNoMarks(table);

      await answer(secondList, ...B12_ANSWERS);
      await settle(table);
      expectB12Marks(table);
    });

    it('warns once when for names nothing, and renders normally', async () => {
      warn = spyWarn();
      const el = await fixture<HealthComparisonTable>(html`<health-comparison-table for="no-such-list"></health-comparison-table>`);
      await aTimeout(20);
      expectOneWarning(warn, 'for="no-such-list"', 'no <health-symptom-checklist> with this id');
      expect(all(el, 'tbody tr')).to.have.length(ROW_LABELS.length);
      expectNoMarks(el);
      // Re-rendering does not warn again.
      el.features = 'onset';
      await settle(el);
      expect(warn.messages).to.have.length(1);
    });

    it('warns once more, naming it, when for changes to another id that is missing', async () => {
      warn = spyWarn();
      const el = await fixture<HealthComparisonTable>(html`<health-comparison-table for="missing-a"></health-comparison-table>`);
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
    it('highlight="b12" marks that column in words, not by colour alone', async () => {
      const el = await fixture<HealthComparisonTable>(html`<health-comparison-table highlight="b12"></health-comparison-table>`);
      const { column, touched, cells } = marks(el);
      expect(column).to.have.length(1);
      expect(column[0]).to.include('B12-related tightness');
      // The site chose it, not the person's answers: it must not claim to be "your answers".
      expect(one(el, 'thead th.highlight .mark').textContent!.trim()).to.equal('Highlighted');
      expect(cells).to.equal(ROW_LABELS.length);
      expect(touched).to.deep.equal([]);
      const header = one(el, 'thead th.highlight');
      expect(getComputedStyle(header).backgroundColor).to.not.equal(getComputedStyle(all(el, 'thead th')[0]).backgroundColor);
    });

    it('warns once about an unknown highlight and highlights nothing', async () => {
      warn = spyWarn();
      const el = await fixture<HealthComparisonTable>(html`<health-comparison-table highlight="gout"></health-comparison-table>`);
      el.layout = 'stacked';
      await settle(el);
      expectOneWarning(warn, 'highlight="gout"', 'not a condition');
      expectNoMarks(el);
    });

    it('features="onset,cause" shows only those rows, in that order', async () => {
      const el = await fixture<HealthComparisonTable>(html`<health-comparison-table features="onset,cause"></health-comparison-table>`);
      expect(all(el, 'tbody th').map((th) => squash(th.textContent))).to.deep.equal(['How fast it starts', 'Underlying cause']);
      expect(all(el, 'td')).to.have.length(4);
    });

    it('warns once about unknown feature ids and shows the known ones', async () => {
      warn = spyWarn();
      const el = await fixture<HealthComparisonTable>(
        html`<health-comparison-table features="areas, price, onset"></health-comparison-table>`,
      );
      el.highlight = 'b12';
      await settle(el);
      expectOneWarning(warn, 'features', 'price');
      expect(warn.messages[0]).to.not.include('onset');
      expect(all(el, 'tbody th').map((th) => squash(th.textContent))).to.deep.equal(['Where it is felt', 'How fast it starts']);
    });

    it('warns once about an invalid layout and falls back to auto', async () => {
      warn = spyWarn();
      await resize(1280);
      const page = await fixture<HTMLDivElement>(html`<div>
        <div style="inline-size: 300px"><health-comparison-table layout="cards"></health-comparison-table></div>
        <div style="inline-size: 1000px"><health-comparison-table layout="cards"></health-comparison-table></div>
      </div>`);
      const [narrow, wide] = page.querySelectorAll('health-comparison-table');
      expect(warn.messages).to.have.length(2); // one per element
      for (const message of warn.messages) expect(message).to.include('layout="cards"').and.include('using auto');
      expect(display(one(narrow, 'td'))).to.equal('block');
      expect(display(one(wide, 'td'))).to.equal('table-cell');
      narrow.highlight = 'b12';
      await settle(narrow);
      expect(warn.messages).to.have.length(2);
    });
  });

  describe('accessibility (axe)', () => {
    it('table layout', async () => {
      const el = await fixture(html`<health-comparison-table layout="table"></health-comparison-table>`);
      await expect(el).to.be.accessible();
    });

    it('stacked layout', async () => {
      const el = await fixture(html`<health-comparison-table layout="stacked"></health-comparison-table>`);
      await expect(el).to.be.accessible();
    });

    it('highlighted, with the marks of a followed checklist', async () => {
      const id = uid('cl');
      const page = await fixture<HTMLDivElement>(html`<div>
        <health-symptom-checklist id=${id}></health-symptom-checklist>
        <health-comparison-table for=${id} layout="table"></health-comparison-table>
      </div>`);
      const table = page.querySelector('health-comparison-table')!;
      await answer(page.querySelector('health-symptom-checklist')!, ...B12_ANSWERS);
      await settle(table);
      expectB12Marks(table);
      await expect(table).to.be.accessible();
    });

    it('loading', async () => {
      const el = await fixture(html`<health-comparison-table src=${route('slow')}></health-comparison-table>`);
      expect(one(el, '[role="status"]').getAttribute('aria-busy')).to.equal('true');
      expect(textOf(el)).to.include('Loading');
      await expect(el).to.be.accessible();
    });

    it('error', async () => {
      warn = spyWarn();
      const el = await fixture(html`<health-comparison-table topic="nope"></health-comparison-table>`);
      await expect(el).to.be.accessible();
    });

    it('lang="es"', async () => {
      const el = await fixture(html`<health-comparison-table lang="es" layout="table"></health-comparison-table>`);
      expect(squash(one(el, 'caption').textContent)).to.equal('Cómo se comparan los patrones');
      expect(squash(all(el, 'thead th')[0].textContent)).to.equal('Característica');
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    it('an unknown topic shows the in-place error, fires health-error and warns once', async () => {
      warn = spyWarn();
      const errored = oneEvent(document, 'health-error') as Promise<HealthErrorEvent>;
      const el = await fixture<HealthComparisonTable>(html`<health-comparison-table topic="nope"></health-comparison-table>`);
      const event = await errored;
      expect(event.target).to.equal(el);
      expect(event.detail.reason).to.equal('unknown-topic');
      expect(event.detail.message).to.include('"nope"');
      expect(event.bubbles && event.composed).to.equal(true);
      expect(textOf(el)).to.include('This health information could not be shown.').and.include('The topic is not available.');
      expect(one(el, '[part="error"]').getAttribute('role')).to.equal('status');
      expect(all(el, 'table')).to.have.length(0);
      expectOneWarning(warn, '<health-comparison-table>', '"nope"');
    });

    it('survives nonsense property values without throwing', async () => {
      warn = spyWarn();
      const el = await fixture<HealthComparisonTable>(html`<health-comparison-table></health-comparison-table>`);
      Object.assign(el, { features: ',, ,', highlight: '', layout: 42, htmlFor: '' });
      await settle(el);
      expect(all(el, 'tbody tr')).to.have.length(ROW_LABELS.length);
      expectNoMarks(el);
      expectOneWarning(warn, 'layout="42"');
    });
  });
});
