import type { EntityName } from './constants.js';
import { company } from './entities/company.js';
import { equipmentBrand } from './entities/equipment_brand.js';
import { equipmentFamily } from './entities/equipment_family.js';
import { equipmentModel } from './entities/equipment_model.js';
import { job } from './entities/job.js';
import { jobPriority } from './entities/job_priority.js';
import { jobType } from './entities/job_type.js';
import { project } from './entities/project.js';
import { projectStatus } from './entities/project_status.js';
import { salesOrganization } from './entities/sales_organization.js';
import { skill } from './entities/skill.js';
import { translation } from './entities/translation.js';
import { user } from './entities/user.js';
import type { Entity } from './entity.js';

/** Every entity definition, by name. */
export const entities = {
  job,
  project,
  equipment_family: equipmentFamily,
  equipment_model: equipmentModel,
  equipment_brand: equipmentBrand,
  sales_organization: salesOrganization,
  translation,
  project_status: projectStatus,
  job_type: jobType,
  job_priority: jobPriority,
  user,
  skill,
  company,
} as const satisfies Record<EntityName, Entity>;
