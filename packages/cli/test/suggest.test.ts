import { describe, expect, it } from 'vitest';
import { closest } from '../src/suggest.js';

const NAMES = ['job', 'project', 'job_type', 'equipment_family'];

describe('closest', () => {
  it('finds plurals, swaps, case and separator slips', () => {
    expect(closest('jobs', NAMES)).toBe('job');
    expect(closest('jbo', NAMES)).toBe('job');
    expect(closest('JOB', NAMES)).toBe('job');
    expect(closest('equipment-family', NAMES)).toBe('equipment_family');
    expect(closest('projects', NAMES)).toBe('project');
  });

  it('gives nothing when no name is close', () => {
    expect(closest('invoice', NAMES)).toBeUndefined();
    expect(closest('x', NAMES)).toBeUndefined();
  });
});
