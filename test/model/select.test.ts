import { expect } from '@open-wc/testing';
import { selectById } from '../../src/model/select.js';
import { b12MuscleTightness } from '../../src/topics/b12-muscle-tightness.js';

const { categories } = b12MuscleTightness;
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
    expect(ids(selectById(categories, ' neurological ,muscle').selected)).to.deep.equal(['neurological', 'muscle']);
  });

  it('counts a repeated id once', () => {
    expect(ids(selectById(categories, 'muscle,muscle, muscle').selected)).to.deep.equal(['muscle']);
  });

  it('reports names that match nothing, and keeps the rest', () => {
    const { selected, unknown } = selectById(categories, 'muscle, nerves, Physical');
    expect(ids(selected)).to.deep.equal(['muscle']);
    expect(unknown).to.deep.equal(['nerves', 'Physical']);
  });

  it('selects everything when no name matches, still reporting them', () => {
    const { selected, unknown } = selectById(categories, 'nerves');
    expect(ids(selected)).to.deep.equal(ids(categories));
    expect(unknown).to.deep.equal(['nerves']);
  });

  it('returns a new array, never the input', () => {
    expect(selectById(categories, null).selected).to.not.equal(categories);
  });
});
