import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentFileName, ENTITY_NAMES, type EntityName } from '@job-contracts/schemas';
import { type JsonSchema, loadDocuments } from './documents.js';

const REF = /^([a-z_]+)\.(request|response)\.json$/;
const REQUEST_NOTE = / This is the shape a client sends.*$/;

interface Page {
  readonly entity: EntityName;
  readonly request: JsonSchema;
  readonly response: JsonSchema;
}

function refTarget(schema: JsonSchema | undefined): EntityName | undefined {
  const ref = schema?.$ref;
  const match = typeof ref === 'string' ? REF.exec(ref) : null;
  return match?.[1] as EntityName | undefined;
}

/** The entity a property embeds, and whether as a list. */
function embedded(property: JsonSchema): { entity: EntityName; list: boolean } | undefined {
  const anyOf = (property.anyOf as JsonSchema[] | undefined) ?? [];
  for (const candidate of [property, ...anyOf]) {
    const single = refTarget(candidate);
    if (single !== undefined) return { entity: single, list: false };
    const item = refTarget(candidate.items as JsonSchema | undefined);
    if (item !== undefined) return { entity: item, list: true };
  }
  return undefined;
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function typeOf(property: JsonSchema): string {
  const embed = embedded(property);
  if (embed !== undefined) {
    const link = `[${embed.entity}](${embed.entity}.md)`;
    return embed.list ? `list of ${link}` : link;
  }
  const types = ([] as unknown[]).concat(property.type ?? []).filter((type) => type !== 'null');
  if (Array.isArray(property.enum)) {
    return `code: ${property.enum
      .filter((value) => value !== null)
      .map((value) => `\`${String(value)}\``)
      .join(', ')}`;
  }
  if (property.format === 'uuid') return 'GUID';
  if (typeof property.format === 'string' && property.format.startsWith('date-time')) return 'date-time';
  if (property.format === 'email') return 'e-mail';
  if (types[0] === 'integer') return 'integer (Int32)';
  if (types[0] === 'object') return 'object (not modelled)';
  return String(types[0] ?? 'any');
}

function limitsOf(property: JsonSchema): string {
  const limits: string[] = [];
  if (typeof property.maxLength === 'number') limits.push(`≤ ${property.maxLength} units`);
  if (property.pattern === '\\S') limits.push('not blank');
  if (property.pattern === '[1-9A-Fa-f]') limits.push('not the nil GUID');
  const integer = ([] as unknown[]).concat(property.type ?? []).includes('integer');
  if (!integer && typeof property.minimum === 'number' && typeof property.maximum === 'number') {
    limits.push(`${property.minimum} to ${property.maximum}`);
  }
  return limits.join(', ');
}

/** How a property reads differently in a response, in a few words; '' when it does not. */
function responseDifference(request: JsonSchema, response: JsonSchema | undefined): string {
  if (response === undefined || JSON.stringify(request) === JSON.stringify(response)) return '';
  if (request.format === 'date-time' && response.format === 'date-time-optional-offset') {
    return 'In responses the offset may be missing.';
  }
  if (request.format === 'email' && response.format === undefined) return 'Responses do not check its form.';
  if (Array.isArray(request.enum) && !Array.isArray(response.enum)) return 'Responses accept any string.';
  if (embedded(request) !== undefined) return '';
  return 'Differs in responses.';
}

function fieldRows(page: Page): string[] {
  const properties = page.request.properties as Record<string, JsonSchema>;
  const responseProperties = page.response.properties as Record<string, JsonSchema>;
  const required = new Set((page.request.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, property]) => {
    const notes = [
      String(property.description ?? ''),
      property.readOnly === true
        ? '**Read-only**: the server fills it and ignores what a request sends.'
        : '',
      property['x-sensitive'] === true ? '**Sensitive**: never logged, never echoed in an issue.' : '',
      responseDifference(property, responseProperties[name]),
    ].filter((note) => note !== '');
    return `| \`${name}\` | ${typeOf(property)} | ${required.has(name) ? 'yes' : ''} | ${limitsOf(property)} | ${escapeCell(notes.join(' '))} |`;
  });
}

function rulesSection(page: Page): string[] {
  const lines: string[] = [];
  const rules = (page.request.allOf as JsonSchema[] | undefined) ?? [];
  const groups = rules.filter((rule) => typeof rule['x-required-group'] === 'string');
  if (groups.length > 0) {
    lines.push(
      '## At least one of',
      '',
      'A request must give at least one member of each group; null, a blank string or the nil GUID does not count.',
      '',
    );
    for (const group of groups) {
      const members = (group.anyOf as Array<{ required: string[] }>).flatMap((branch) => branch.required);
      lines.push(
        `- **${String(group['x-required-group'])}**: ${members.map((member) => `\`${member}\``).join(', ')}`,
      );
    }
    lines.push('');
  }
  for (const rule of rules.filter((candidate) => typeof candidate['x-conditional-required'] === 'string')) {
    lines.push(`## Condition: ${String(rule['x-conditional-required'])}`, '', String(rule.description), '');
  }
  const depth = page.request['x-max-depth'] as { property: string; limit: number } | undefined;
  if (depth !== undefined) {
    lines.push(
      '## Parent chain',
      '',
      `\`${depth.property}\` embeds a parent of the same kind; a chain may hold at most ${depth.limit} parents.`,
      '',
    );
  }
  return lines;
}

function entityPage(page: Page): string {
  const title = String(page.request.title).replace(/ \(request\)$/, '');
  const description = String(page.request.description).replace(REQUEST_NOTE, '');
  return [
    `# ${title}: \`${page.entity}\``,
    '',
    description,
    '',
    `Schemas: [\`${documentFileName(page.entity, 'request')}\`](../../schemas/json/${documentFileName(page.entity, 'request')}) (what a client sends) and [\`${documentFileName(page.entity, 'response')}\`](../../schemas/json/${documentFileName(page.entity, 'response')}) (what the server returns). Back to the [reference](README.md).`,
    '',
    '## Fields',
    '',
    'Lengths count UTF-16 code units, as the .NET backend does. Every optional field also accepts `null`.',
    '',
    '| field | type | required | limits | notes |',
    '| --- | --- | --- | --- | --- |',
    ...fieldRows(page),
    '',
    ...rulesSection(page),
  ].join('\n');
}

function diagram(pages: readonly Page[]): string[] {
  const lines = ['```mermaid', 'erDiagram'];
  for (const page of pages) {
    for (const [name, property] of Object.entries(page.request.properties as Record<string, JsonSchema>)) {
      const embed = embedded(property);
      if (embed !== undefined) {
        const shape = embed.list ? '||--o{' : '}o--o|';
        lines.push(`  ${page.entity} ${shape} ${embed.entity} : "${name}"`);
      }
    }
  }
  lines.push('```');
  return lines;
}

function indexPage(pages: readonly Page[]): string {
  return [
    '# Jobs API reference',
    '',
    'Generated from the canonical schemas in [`schemas/json`](../../schemas/json) by `pnpm build`; do not edit. CI regenerates these pages and fails when they differ.',
    '',
    'A **job** (work order) is work a technician does on a **project** (an installation or piece of equipment at a customer). Everything else describes those two: what the installation is (equipment family, model, brand), who owns it (company, sales organization), its status, and for the job its type, priority, the suggested technician (user) and the skill it needs.',
    '',
    'Three ideas explain most of the shape:',
    '',
    '- **References come in threes.** Another entity is given by GUID (`project_id`), by its back-office key (`project_reference_back_office`, `job_type_code`), or embedded whole (`project`). Embedding creates or updates the record on the server. Where the API says "optionally required", at least one of the three must be given.',
    '- **Requests and responses differ.** A request (POST, PUT) rejects unknown properties and needs UTC offsets on dates; a response (GET) may carry properties a newer server added, dates without offset, and the server\'s "unset" values: 1980-01-01 for dates, the nil GUID for references.',
    '- **Limits are .NET limits.** Integers are Int32, string lengths count UTF-16 code units, a required string must not be blank.',
    '',
    '| entity | what it is |',
    '| --- | --- |',
    ...pages.map(
      (page) =>
        `| [\`${page.entity}\`](${page.entity}.md) | ${escapeCell(String(page.request.description).replace(REQUEST_NOTE, ''))} |`,
    ),
    '',
    '## How the entities relate',
    '',
    'Each line is a property that embeds another entity (or a list of them); every embedded entity can also be referenced by GUID or back-office key instead.',
    '',
    ...diagram(pages),
    '',
    'Decisions taken where the published docs are silent or contradict themselves are listed in [schemas/README.md](../../schemas/README.md#decisions).',
    '',
  ].join('\n');
}

/** Writes `reference/`: one Markdown page per entity and an index with the relationship diagram. */
export function writeDocs(packageDir: string): void {
  const documents = loadDocuments();
  const pages = ENTITY_NAMES.map((entity) => ({
    entity,
    request: documents.get(documentFileName(entity, 'request')) as JsonSchema,
    response: documents.get(documentFileName(entity, 'response')) as JsonSchema,
  }));
  const dir = join(packageDir, 'reference');
  mkdirSync(dir, { recursive: true });
  for (const stale of readdirSync(dir)) {
    rmSync(join(dir, stale));
  }
  writeFileSync(join(dir, 'README.md'), indexPage(pages));
  for (const page of pages) {
    writeFileSync(join(dir, `${page.entity}.md`), entityPage(page));
  }
}
