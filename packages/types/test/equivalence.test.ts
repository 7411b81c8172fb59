// The generated types and TypeBox's `Static` of the source schemas must accept the same
// values, for every entity and direction. These are type-level checks: `pnpm typecheck`
// (tsc) is what fails when they do not hold; vitest only runs the runtime part.
import { readFileSync } from 'node:fs';
import {
  DIRECTIONS,
  type Direction,
  ENTITY_NAMES,
  type EntityName,
  type entities,
  type RequestOf,
  type ResponseOf,
} from '@job-contracts/schemas';
import type {
  Company,
  CompanyRequest,
  EquipmentBrand,
  EquipmentBrandRequest,
  EquipmentFamily,
  EquipmentFamilyRequest,
  EquipmentModel,
  EquipmentModelRequest,
  Job,
  JobPriority,
  JobPriorityRequest,
  JobRequest,
  JobRequestFields,
  JobType,
  JobTypeRequest,
  Project,
  ProjectRequest,
  ProjectStatus,
  ProjectStatusRequest,
  SalesOrganization,
  SalesOrganizationRequest,
  Skill,
  SkillRequest,
  Translation,
  TranslationRequest,
  User,
  UserRequest,
} from '@job-contracts/types';
import type { Static } from '@sinclair/typebox';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Closed, Equivalent } from './support/equivalence.js';
import type { RequiredJobRequest } from './support/required.cjs';

/** The generated type of every entity and direction. */
interface Generated {
  job: { request: JobRequest; response: Job };
  project: { request: ProjectRequest; response: Project };
  equipment_family: { request: EquipmentFamilyRequest; response: EquipmentFamily };
  equipment_model: { request: EquipmentModelRequest; response: EquipmentModel };
  equipment_brand: { request: EquipmentBrandRequest; response: EquipmentBrand };
  sales_organization: { request: SalesOrganizationRequest; response: SalesOrganization };
  translation: { request: TranslationRequest; response: Translation };
  project_status: { request: ProjectStatusRequest; response: ProjectStatus };
  job_type: { request: JobTypeRequest; response: JobType };
  job_priority: { request: JobPriorityRequest; response: JobPriority };
  user: { request: UserRequest; response: User };
  skill: { request: SkillRequest; response: Skill };
  company: { request: CompanyRequest; response: Company };
}

/** TypeBox's static type of the source schema, as `@job-contracts/schemas` exports it. */
type TypeBoxOf<E extends EntityName, D extends Direction> = D extends 'request'
  ? RequestOf<(typeof entities)[E]>
  : ResponseOf<(typeof entities)[E]>;

type Verdicts<Check> = { [E in EntityName]: { [D in Direction]: Check } };

describe('generated types and TypeBox Static', () => {
  it('cover every entity and direction, one generated type each', () => {
    // `Generated` has exactly the entities TypeScript knows; the declarations file, the
    // documents' list at run time.
    expectTypeOf<keyof Generated>().toEqualTypeOf<EntityName>();
    const declarations = readFileSync(new URL('../dist/index.d.ts', import.meta.url), 'utf8');
    const declared = [...declarations.matchAll(/^export (?:type|interface) (\w+)\b/gm)].map(
      (match) => match[1],
    );
    const payloads = declared.filter((name) => !/(Fields|Group)$/.test(name ?? ''));
    expect(payloads).toHaveLength(ENTITY_NAMES.length * DIRECTIONS.length);
    expect(payloads).toContain('JobRequest');
    expect(payloads).toContain('Job');
  });

  it('accept the same values, for every entity and direction', () => {
    expectTypeOf<{
      [E in EntityName]: { [D in Direction]: Equivalent<Generated[E][D], TypeBoxOf<E, D>> };
    }>().toEqualTypeOf<Verdicts<true>>();
  });

  it('are what TypeBox itself makes of the schema objects', () => {
    expectTypeOf<{
      [E in EntityName]: { [D in Direction]: Equivalent<TypeBoxOf<E, D>, Static<(typeof entities)[E][D]>> };
    }>().toEqualTypeOf<Verdicts<true>>();
  });

  it('have no index signature, requests nor responses', () => {
    expectTypeOf<{ [E in EntityName]: { [D in Direction]: Closed<Generated[E][D]> } }>().toEqualTypeOf<
      Verdicts<true>
    >();
    expectTypeOf<Closed<TypeBoxOf<'job', 'response'>>>().toEqualTypeOf<true>();
  });

  it('fit where a plain object is expected, as the TypeBox types do', () => {
    type Fits<T> = T extends Record<string, unknown> ? true : false;
    expectTypeOf<{ [E in EntityName]: { [D in Direction]: Fits<Generated[E][D]> } }>().toEqualTypeOf<
      Verdicts<true>
    >();
    expectTypeOf<{ [E in EntityName]: { [D in Direction]: Fits<TypeBoxOf<E, D>> } }>().toEqualTypeOf<
      Verdicts<true>
    >();
  });

  it('type parent chains as the entity itself, on both sides', () => {
    expectTypeOf<JobRequest['_parent_job']>().toEqualTypeOf<JobRequest | null | undefined>();
    expectTypeOf<Job['_parent_job']>().toEqualTypeOf<Job | null | undefined>();
    expectTypeOf<Project['_parent_project']>().toEqualTypeOf<Project | null | undefined>();
    expectTypeOf<EquipmentFamilyRequest['_parent_equipment_family']>().toEqualTypeOf<
      EquipmentFamilyRequest | null | undefined
    >();
    type TypeBoxJob = RequestOf<typeof entities.job>;
    expectTypeOf<Equivalent<NonNullable<TypeBoxJob['_parent_job']>, JobRequest>>().toEqualTypeOf<true>();
    expectTypeOf<
      Equivalent<NonNullable<ResponseOf<typeof entities.project>['_parent_project']>, Project>
    >().toEqualTypeOf<true>();
  });

  it('declare the same types for import and require', () => {
    expectTypeOf<Equivalent<RequiredJobRequest, JobRequest>>().toEqualTypeOf<true>();
  });

  it('are told apart by the equivalence check when they differ', () => {
    // The check itself must be able to fail, or the verdicts above prove nothing.
    expectTypeOf<Equivalent<{ a?: string }, { a?: string; b?: number }>>().toEqualTypeOf<false>();
    expectTypeOf<Equivalent<{ a?: string }, { a: string }>>().toEqualTypeOf<false>();
    expectTypeOf<Equivalent<{ a?: string | null }, { a?: string }>>().toEqualTypeOf<false>();
    expectTypeOf<Equivalent<JobRequest, JobRequestFields>>().toEqualTypeOf<false>();
    expectTypeOf<Equivalent<Job, Omit<Job, 'description'>>>().toEqualTypeOf<false>();
    expectTypeOf<Equivalent<JobRequest, Job>>().toEqualTypeOf<false>();
  });
});
