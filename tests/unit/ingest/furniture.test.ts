import { describe, expect, it } from 'vitest';
import { furnitureReason } from '../../../common/ingest/furniture';

const un = { symbol: 'A/68/370' };

describe('furnitureReason', () => {
  it('recognises the running symbol, the job number with its glued page counter, and link lines', () => {
    expect(furnitureReason('A/68/370  ', un)).toBe('running-symbol');
    expect(furnitureReason('13-461422/15 ', un)).toBe('job-number');
    expect(furnitureReason('13-46142 (F)', un)).toBe('job-number');
    expect(furnitureReason('http://undocs.org/fr/A/RES/67/219', un)).toBe('link-line');
  });
  it('recognises rules and page numbers', () => {
    expect(furnitureReason('---', {})).toBe('rule');
    expect(furnitureReason('* * *', {})).toBe('rule');
    expect(furnitureReason('- 2 -', {})).toBe('page-number');
    expect(furnitureReason('Page 3 sur 15', {})).toBe('page-number');
  });
  it('leaves prose alone, even prose that mentions a symbol or a URL', () => {
    expect(furnitureReason(' * A/68/150. ', un)).toBeNull();
    expect(furnitureReason('10 points pour la protection des réfugiés', un)).toBeNull();
    expect(furnitureReason('2015. En effet, le programme', un)).toBeNull();
    expect(furnitureReason('Voir http://www.iom.int pour plus de détails', un)).toBeNull();
    expect(furnitureReason('   ', un)).toBeNull();
  });
  it('only removes the running symbol of this document', () => {
    expect(furnitureReason('A/68/150', un)).toBeNull();
    expect(furnitureReason('A/68/370', {})).toBeNull();
  });
});
