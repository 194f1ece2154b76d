import { expect } from '@open-wc/testing';
import { selectById } from '../../src/model/select.js';
import { clonePack } from './helpers.js';

/** The plant pack's categories: leaves, stems, soil. */
const { categories } = clonePack();
const ids = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id);

describe('selectById', () => {
  it('selects everything for no list, an empty list or only commas and spaces', () => {
    for (const list of [null, undefined, '', ' , ,']) {
      const { selected, unknown } = selectById(categories, list);
      expect(ids(selected)).to.deep.equal(ids(categories));
      expect(unknown).to.deep.equal([]);
    }
  });

  it('selects in the order asked, trimming spaces', () => {
    expect(ids(selectById(categories, ' soil ,leaves').selected)).to.deep.equal(['soil', 'leaves']);
  });

  it('counts a repeated id once', () => {
    expect(ids(selectById(categories, 'stems,stems, stems').selected)).to.deep.equal(['stems']);
  });

  it('reports names that match nothing, and keeps the rest', () => {
    const { selected, unknown } = selectById(categories, 'leaves, roots, Stems');
    expect(ids(selected)).to.deep.equal(['leaves']);
    expect(unknown).to.deep.equal(['roots', 'Stems']);
  });

  it('selects everything when no name matches, still reporting them', () => {
    const { selected, unknown } = selectById(categories, 'roots');
    expect(ids(selected)).to.deep.equal(ids(categories));
    expect(unknown).to.deep.equal(['roots']);
  });

  it('returns a new array, never the input', () => {
    expect(selectById(categories, null).selected).to.not.equal(categories);
  });
});
