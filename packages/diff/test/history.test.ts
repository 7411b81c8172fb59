// The API's real version differences (shared/reference/entities.md, "Version differences"),
// replayed on the emitted documents: each older or newer shape is derived from today's
// documents by the edit the reference records, and classified in both directions of time.

import { describe, expect, it } from 'vitest';
import { bumpFor, type Change, diffDocuments } from '../src/index.js';
import { propertiesOf, property, realDocuments } from './support/real.js';

type Documents = ReturnType<typeof realDocuments>;

/** Rule, document and severity of each change, in order: what a reviewer checks. */
function classify(changes: readonly Change[]): string[] {
  return changes.map(
    (change) => `${change.document} ${change.newPath ?? change.oldPath} ${change.rule} ${change.severity}`,
  );
}

/** job_type as v4 / developers.odysseemobile documented it: no `archived` (v6 added it). */
function jobTypeWithoutArchived(): Documents {
  const documents = realDocuments();
  for (const name of ['job_type.request.json', 'job_type.response.json']) {
    delete propertiesOf(documents, name).archived;
  }
  return documents;
}

/** project keys as ProjectView declares them: 50 units instead of the writable model's 255. */
function projectKeyOf50(): Documents {
  const documents = realDocuments();
  for (const direction of ['request', 'response']) {
    property(documents, `project.${direction}.json`, 'reference_back_office').maxLength = 50;
    property(documents, `project.${direction}.json`, '_parent_reference_back_office').maxLength = 50;
    property(documents, `job.${direction}.json`, 'project_reference_back_office').maxLength = 50;
  }
  return documents;
}

// servicedeskapi's equipment_model: no production and support dates, no sales organization
// triad, no replacement or warranty months, no translations.
const SERVICEDESK_DROPS = [
  'date_in_production_since',
  'date_out_of_production_since',
  'date_end_support',
  'sales_organization_id',
  'sales_organization_code',
  'sales_organization',
  'replacement_period_nb_months',
  'warranty_period_nb_months',
  'translations',
];

function servicedeskEquipmentModel(): Documents {
  const documents = realDocuments();
  for (const direction of ['request', 'response']) {
    const properties = propertiesOf(documents, `equipment_model.${direction}.json`);
    for (const name of SERVICEDESK_DROPS) delete properties[name];
  }
  return documents;
}

describe('job_type.archived, added in v6', () => {
  it('is a compatible addition: new optional field in both directions, a minor version', () => {
    const changes = diffDocuments(jobTypeWithoutArchived(), realDocuments());

    expect(classify(changes)).toEqual([
      'job_type.request.json /properties/archived property-added non-breaking',
      'job_type.response.json /properties/archived property-added non-breaking',
    ]);
    expect(changes.map((change) => change.accepts)).toEqual(['more', 'less']);
    expect(changes.map((change) => change.message)).toEqual([
      'new property `archived` in the job_type request: it was rejected as unknown before, and is accepted now',
      'new property `archived` in the job_type response: its values are checked now, where any value was accepted',
    ]);
    expect(bumpFor(changes)).toBe('minor');
  });

  it('breaks senders and readers when it is taken away again', () => {
    const changes = diffDocuments(realDocuments(), jobTypeWithoutArchived());

    expect(classify(changes)).toEqual([
      'job_type.request.json /properties property-removed breaking',
      'job_type.response.json /properties property-removed breaking',
    ]);
    expect(changes[0]?.message).toContain('it is rejected as unknown now');
    expect(changes[1]?.message).toContain('any value is accepted for it now');
    expect(bumpFor(changes)).toBe('major');
  });
});

describe('project.reference_back_office, 255 in the writable model and 50 in ProjectView', () => {
  it('going to 50 breaks senders of longer keys, and only them', () => {
    const changes = diffDocuments(realDocuments(), projectKeyOf50());

    expect(classify(changes)).toEqual([
      'job.request.json /properties/project_reference_back_office/maxLength max-length-decreased breaking',
      'job.response.json /properties/project_reference_back_office/maxLength max-length-decreased non-breaking',
      'project.request.json /properties/_parent_reference_back_office/maxLength max-length-decreased breaking',
      'project.request.json /properties/reference_back_office/maxLength max-length-decreased breaking',
      'project.response.json /properties/_parent_reference_back_office/maxLength max-length-decreased non-breaking',
      'project.response.json /properties/reference_back_office/maxLength max-length-decreased non-breaking',
    ]);
    expect(changes[3]?.message).toBe(
      '`reference_back_office`: max length 255 → 50; longer strings are now rejected',
    );
  });

  it('going back to 255 breaks readers, who may now receive longer keys', () => {
    const changes = diffDocuments(projectKeyOf50(), realDocuments());

    const breaking = changes.filter((change) => change.severity === 'breaking');
    expect(changes.every((change) => change.rule === 'max-length-increased')).toBe(true);
    expect(breaking.map((change) => change.direction)).toEqual(['response', 'response', 'response']);
    expect(bumpFor(changes)).toBe('major');
  });
});

describe('equipment_model with fewer fields (servicedeskapi)', () => {
  it('breaks both directions, one change per dropped field', () => {
    const changes = diffDocuments(realDocuments(), servicedeskEquipmentModel());

    for (const direction of ['request', 'response'] as const) {
      const ofDirection = changes.filter((change) => change.direction === direction);
      expect(ofDirection.map((change) => change.oldPath)).toEqual(
        SERVICEDESK_DROPS.map((name) => `/properties/${name}`),
      );
      expect(new Set(ofDirection.map((change) => `${change.rule} ${change.severity}`))).toEqual(
        new Set(['property-removed breaking']),
      );
    }
    expect(changes.every((change) => change.entity === 'equipment_model')).toBe(true);
  });

  it('is a compatible extension the other way round', () => {
    const changes = diffDocuments(servicedeskEquipmentModel(), realDocuments());

    expect(changes).toHaveLength(2 * SERVICEDESK_DROPS.length);
    expect(
      changes.every((change) => change.rule === 'property-added' && change.severity === 'non-breaking'),
    ).toBe(true);
    expect(bumpFor(changes)).toBe('minor');
  });
});
