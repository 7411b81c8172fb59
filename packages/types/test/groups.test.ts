// "At least one of" groups, in the generated types and in TypeBox's Static: a request that
// gives no member of a group (or gives them only as null or undefined) must not type-check,
// and one member alone must. Every check is one line, so each `@ts-expect-error` covers
// exactly one value; tsc (`pnpm typecheck`) fails if an expected error does not happen.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ENTITY_NAMES, type entities, type RequestOf } from '@job-contracts/schemas';
import type {
  Job,
  JobRequest,
  JobTypeRequest,
  Project,
  ProjectRequest,
  ProjectStatusRequest,
  SalesOrganizationRequest,
  User,
  UserRequest,
} from '@job-contracts/types';
import { describe, expect, it } from 'vitest';
import { accept } from './support/equivalence.js';

const GUID = '8ebaecad-6bc5-402d-83eb-95919d2aa646';

const projectStatus: ProjectStatusRequest = { name: 'Active', is_closed: false };
const project: ProjectRequest = { id: GUID, project_status_code: 'ACTIVE', company_code: 'ACME' };
const jobType: JobTypeRequest = { name: 'Repair' };
const salesOrganization: SalesOrganizationRequest = { id: GUID, name: 'Benelux' };

// Each value gives one member of every group but the one under test, so that a failing
// check fails for that group alone.
const job = { name: 'Replace the filter' };
const withoutProject = { ...job, job_type_code: 'REPAIR', job_status_code: 'Open' } as const;
const withoutJobType = { ...job, project_id: GUID, job_status_code: 'Open' } as const;
const withoutJobStatus = { ...job, project_id: GUID, job_type_code: 'REPAIR' } as const;
const withoutProjectStatus = { id: GUID, company_code: 'ACME' };
const withoutCompany = { id: GUID, project_status_code: 'ACTIVE' };
const withoutSalesOrganization = { id: GUID, username: 'ann@example.com', lastname: 'Peeters' };

describe('JobRequest', () => {
  const allNull = { project_id: null, project_reference_back_office: null, project: null };

  it('needs a project: project_id, project_reference_back_office or project', () => {
    // @ts-expect-error no member of the group
    accept<JobRequest>(withoutProject);
    // @ts-expect-error null does not count
    accept<JobRequest>({ ...withoutProject, project_id: null });
    // @ts-expect-error nor does undefined
    accept<JobRequest>({ ...withoutProject, project_id: undefined });
    // @ts-expect-error nor every member null
    accept<JobRequest>({ ...withoutProject, ...allNull });
    accept<JobRequest>({ ...withoutProject, project_id: GUID });
    accept<JobRequest>({ ...withoutProject, project_reference_back_office: 'INST-1' });
    accept<JobRequest>({ ...withoutProject, project });
    // One member given is enough: the others may be null.
    accept<JobRequest>({ ...withoutProject, project_id: GUID, project: null });
  });

  it('needs a job type: job_type_id, job_type_code or job_type', () => {
    // @ts-expect-error no member of the group
    accept<JobRequest>(withoutJobType);
    // @ts-expect-error null does not count
    accept<JobRequest>({ ...withoutJobType, job_type: null });
    accept<JobRequest>({ ...withoutJobType, job_type_id: GUID });
    accept<JobRequest>({ ...withoutJobType, job_type_code: 'REPAIR' });
    accept<JobRequest>({ ...withoutJobType, job_type: jobType });
  });

  it('needs a status: job_status_id or job_status_code', () => {
    // @ts-expect-error no member of the group
    accept<JobRequest>(withoutJobStatus);
    // @ts-expect-error null does not count
    accept<JobRequest>({ ...withoutJobStatus, job_status_code: null });
    // @ts-expect-error a code outside the list is no status
    accept<JobRequest>({ ...withoutJobStatus, job_status_code: 'Planned' });
    accept<JobRequest>({ ...withoutJobStatus, job_status_id: GUID });
    accept<JobRequest>({ ...withoutJobStatus, job_status_code: 'Open' });
  });

  it('holds an embedded project to the project groups', () => {
    // @ts-expect-error the embedded project gives neither a status nor a company
    accept<JobRequest>({ ...withoutProject, project: { id: GUID } });
    // @ts-expect-error the parent job is a JobRequest too, groups included
    accept<JobRequest>({ ...withoutProject, project_id: GUID, _parent_job: { name: 'Parent' } });
    accept<JobRequest>({ ...withoutProject, project_id: GUID, _parent_job: { ...withoutProject, project } });
  });

  it('does not type the mobile-installation rule (the validators check it)', () => {
    // Valid for TypeScript, rejected by the validators: no street, city or postal code.
    const mobile = { ...project, is_mobile_installation: true };
    expect(accept<JobRequest>({ ...withoutProject, project: mobile }).project).toBe(mobile);
  });
});

describe('ProjectRequest', () => {
  it('needs a status: project_status_id, project_status_code or project_status', () => {
    // @ts-expect-error no member of the group
    accept<ProjectRequest>(withoutProjectStatus);
    // @ts-expect-error null does not count
    accept<ProjectRequest>({ ...withoutProjectStatus, project_status_id: null });
    accept<ProjectRequest>({ ...withoutProjectStatus, project_status_id: GUID });
    accept<ProjectRequest>({ ...withoutProjectStatus, project_status_code: 'ACTIVE' });
    accept<ProjectRequest>({ ...withoutProjectStatus, project_status: projectStatus });
  });

  it('needs a company: company_id, company_code or company', () => {
    // @ts-expect-error no member of the group
    accept<ProjectRequest>(withoutCompany);
    // @ts-expect-error null does not count
    accept<ProjectRequest>({ ...withoutCompany, company_code: null });
    accept<ProjectRequest>({ ...withoutCompany, company_id: GUID });
    accept<ProjectRequest>({ ...withoutCompany, company_code: 'ACME' });
    accept<ProjectRequest>({ ...withoutCompany, company: { id: GUID, name: 'ACME' } });
  });
});

describe('UserRequest', () => {
  it('needs a sales organization: sales_organization_id, sales_organization_code or sales_organization', () => {
    // @ts-expect-error no member of the group
    accept<UserRequest>(withoutSalesOrganization);
    // @ts-expect-error null does not count
    accept<UserRequest>({ ...withoutSalesOrganization, sales_organization: null });
    accept<UserRequest>({ ...withoutSalesOrganization, sales_organization_id: GUID });
    accept<UserRequest>({ ...withoutSalesOrganization, sales_organization_code: 'BNL' });
    accept<UserRequest>({ ...withoutSalesOrganization, sales_organization: salesOrganization });
  });
});

describe('TypeBox Static of the source schemas', () => {
  type TypeBoxJob = RequestOf<typeof entities.job>;
  type TypeBoxProject = RequestOf<typeof entities.project>;
  type TypeBoxUser = RequestOf<typeof entities.user>;

  it('holds requests to the same groups', () => {
    // @ts-expect-error no project
    accept<TypeBoxJob>(withoutProject);
    // @ts-expect-error null does not count
    accept<TypeBoxJob>({ ...withoutProject, project_reference_back_office: null });
    // @ts-expect-error no job type
    accept<TypeBoxJob>(withoutJobType);
    // @ts-expect-error no status
    accept<TypeBoxJob>(withoutJobStatus);
    // @ts-expect-error the embedded project gives neither a status nor a company
    accept<TypeBoxJob>({ ...withoutProject, project: { id: GUID } });
    // @ts-expect-error no project status
    accept<TypeBoxProject>(withoutProjectStatus);
    // @ts-expect-error no company
    accept<TypeBoxProject>(withoutCompany);
    // @ts-expect-error no sales organization
    accept<TypeBoxUser>(withoutSalesOrganization);
    accept<TypeBoxJob>({ ...withoutProject, project_id: GUID });
    accept<TypeBoxJob>({ ...withoutProject, project_reference_back_office: 'INST-1' });
    accept<TypeBoxJob>({ ...withoutProject, project });
    accept<TypeBoxJob>({ ...withoutJobType, job_type: jobType });
    accept<TypeBoxJob>({ ...withoutJobStatus, job_status_id: GUID });
    accept<TypeBoxProject>({ ...withoutProjectStatus, project_status: projectStatus });
    accept<TypeBoxProject>({ ...withoutCompany, company_id: GUID });
    accept<TypeBoxUser>({ ...withoutSalesOrganization, sales_organization_code: 'BNL' });
  });
});

describe('responses', () => {
  it('have no groups: the server may leave a reference unset', () => {
    accept<Job>({ name: 'Replace the filter' });
    accept<Project>({ id: GUID });
    accept<User>({ id: GUID, username: 'ann@example.com', lastname: 'Peeters' });
  });
});

describe('coverage', () => {
  // The groups the checks above cover; the documents must declare exactly these.
  const covered = {
    job: {
      project: ['project_id', 'project_reference_back_office', 'project'],
      job_type: ['job_type_id', 'job_type_code', 'job_type'],
      job_status: ['job_status_id', 'job_status_code'],
    },
    project: {
      project_status: ['project_status_id', 'project_status_code', 'project_status'],
      company: ['company_id', 'company_code', 'company'],
    },
    user: {
      sales_organization: ['sales_organization_id', 'sales_organization_code', 'sales_organization'],
    },
  };

  it('checks every group the request documents declare', () => {
    const require = createRequire(import.meta.url);
    const declared: Record<string, Record<string, string[]>> = {};
    for (const entity of ENTITY_NAMES) {
      const file = require.resolve(`@job-contracts/schemas/json/${entity}.request.json`);
      const document = JSON.parse(readFileSync(file, 'utf8')) as {
        allOf?: Array<{ 'x-required-group'?: string; anyOf?: Array<{ required: string[] }> }>;
      };
      for (const rule of document.allOf ?? []) {
        if (rule['x-required-group'] !== undefined) {
          declared[entity] ??= {};
          declared[entity][rule['x-required-group']] = (rule.anyOf ?? []).flatMap(
            (branch) => branch.required,
          );
        }
      }
    }
    expect(declared).toEqual(covered);
  });
});
