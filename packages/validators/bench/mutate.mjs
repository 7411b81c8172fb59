// Mutated job payloads for the differential check: deterministic (seeded), JSON values only,
// a mix of valid and invalid ones, aimed at the rules the validators enforce.

/** mulberry32: a small seeded generator, so every run checks the same payloads. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GUID = 'd4f1c2b3-9a8e-4f7d-8c6b-5a4e3d2c1b0a';
const NIL_GUID = '00000000-0000-0000-0000-000000000000';
const x = (n) => 'x'.repeat(n);
const emoji = (n) => '😀'.repeat(n);

/** Values of the same kind as the one they replace: valid ones and ones just past a rule. */
const SAME_KIND = {
  guid: [GUID, GUID.toUpperCase(), NIL_GUID, 'not-a-guid', `${GUID}0`, `{${GUID}}`, GUID.slice(1), ''],
  date: [
    '2026-03-20T17:00:00+01:00',
    '2026-03-20t17:00:00z',
    '2026-03-20T17:00:00.1234567Z',
    '2026-03-20T17:00:00',
    '2026-03-20T17:00:00.12345678Z',
    '2025-02-29T10:00:00Z',
    '2024-02-29T10:00:00Z',
    '2026-03-20T24:00:00Z',
    '2026-03-20T17:00:00+14:30',
    '0000-01-01T00:00:00Z',
    '2026-03-20',
  ],
  email: [
    'name@example.com',
    'a@b',
    'a b@example.com',
    'a@@example.com',
    '@example.com',
    `${x(240)}@example.com`,
  ],
  text: [
    '',
    '   ',
    'ok',
    x(50),
    x(51),
    x(64),
    x(65),
    x(100),
    x(101),
    x(255),
    x(256),
    x(4000),
    x(4001),
    emoji(25),
    emoji(26),
    emoji(40),
    'Open',
    'Planned',
    'Canceled',
    'Normal',
    'CreditRisk',
  ],
  number: [0, 1, -1, 1.5, 2147483647, 2147483648, -2147483648, -2147483649, 90, 90.5, -90, -180, 180.5, 1e21],
  boolean: [true, false, 'true', 0],
  object: [{}, [], 'x', { unexpected: 1 }],
  array: [[], [{}], [{ field_name: 'name', language_code: 'fr', value_translated: 'nom' }], {}, [null]],
};
const WRONG_TYPE = [42, -0.5, true, 'x', [], {}, null];

function kindOf(value) {
  if (typeof value === 'string') {
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(value)) return 'guid';
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return 'date';
    if (value.includes('@')) return 'email';
    return 'text';
  }
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'text';
  return 'object';
}

/** Every slot of a payload: `{ holder, key, path }`, holder being an object or array. */
function slots(node, path = '', found = []) {
  if (typeof node !== 'object' || node === null) {
    return found;
  }
  for (const key of Object.keys(node)) {
    found.push({ holder: node, key: Array.isArray(node) ? Number(key) : key, path: `${path}/${key}` });
    slots(node[key], `${path}/${key}`, found);
  }
  return found;
}

const objectsOf = (payload) =>
  [{ holder: { root: payload }, key: 'root', path: '' }, ...slots(payload)].filter(
    ({ holder, key }) =>
      typeof holder[key] === 'object' && holder[key] !== null && !Array.isArray(holder[key]),
  );

const pick = (next, list) => list[Math.floor(next() * list.length)];

/** A chain of `length` parents through `property`, each a small valid object. */
function chain(property, seed, length) {
  let node = null;
  for (let i = 0; i < length; i++) {
    node = { ...structuredClone(seed), [property]: node };
  }
  return node;
}
const PARENT_SEEDS = {
  _parent_job: { name: 'Parent', project_id: GUID, job_type_code: 'JT', job_status_code: 'Open' },
  _parent_project: { id: GUID, project_status_code: 'ACTIVE', company_code: 'ACME' },
  _parent_equipment_family: { id: GUID, name: 'Family' },
};

function nested(depth) {
  let node = {};
  for (let i = 1; i < depth; i++) {
    node = { level: node };
  }
  return node;
}

/** One mutation, in place. Returns what it did, for a message. */
function mutateOnce(payload, next) {
  const all = slots(payload);
  const roll = next();
  if (all.length === 0 || roll < 0.05) {
    const target = pick(next, objectsOf(payload));
    target.holder[target.key][pick(next, ['unexpected', 'Name', 'job_status'])] = pick(next, WRONG_TYPE);
    return `unknown property at ${target.path || '/'}`;
  }
  if (roll < 0.1) {
    // a parent chain of 3 to 8 levels where the payload may carry one
    const targets = objectsOf(payload).filter(({ holder, key }) =>
      Object.keys(PARENT_SEEDS).some((property) => property in holder[key]),
    );
    const target = targets.length > 0 ? pick(next, targets) : objectsOf(payload)[0];
    const object = target.holder[target.key];
    const property = Object.keys(PARENT_SEEDS).find((name) => name in object) ?? '_parent_job';
    const length = 3 + Math.floor(next() * 6);
    object[property] = chain(property, PARENT_SEEDS[property], length);
    return `${property} chain of ${length} at ${target.path || '/'}`;
  }
  if (roll < 0.15) {
    // the mobile-installation rule, with or without the address it asks for
    const target = pick(
      next,
      objectsOf(payload).filter(({ holder, key }) => 'project' in holder[key]),
    );
    if (target !== undefined && typeof target.holder[target.key].project === 'object') {
      const job = target.holder[target.key];
      if (job.project !== null) job.project.is_mobile_installation = true;
      for (const field of ['db_address_street', 'db_address_city', 'db_address_zip']) {
        if (next() < 0.5) job[field] = pick(next, ['Main street', '  ', null, 'Gent']);
      }
      return `mobile installation at ${target.path || '/'}`;
    }
  }
  if (roll < 0.19) {
    const target = pick(next, objectsOf(payload));
    target.holder[target.key].sales_territory = nested(29 + Math.floor(next() * 6));
    return `deep sales_territory at ${target.path || '/'}`;
  }
  const slot = pick(next, all);
  const current = slot.holder[slot.key];
  if (roll < 0.34 && !Array.isArray(slot.holder)) {
    delete slot.holder[slot.key];
    return `deleted ${slot.path}`;
  }
  if (roll < 0.44) {
    slot.holder[slot.key] = null;
    return `null at ${slot.path}`;
  }
  if (roll < 0.52) {
    slot.holder[slot.key] = pick(next, WRONG_TYPE);
    return `wrong type at ${slot.path}`;
  }
  if (roll < 0.57) {
    const other = pick(next, objectsOf(payload));
    slot.holder[slot.key] = structuredClone(other.holder[other.key]);
    return `swapped object at ${slot.path}`;
  }
  slot.holder[slot.key] = structuredClone(pick(next, SAME_KIND[kindOf(current)]));
  return `edge value at ${slot.path}`;
}

function documentFor(documents, ref) {
  return documents.find((document) => document.$id.endsWith(`/${ref}`));
}

/** The document a property embeds (through `anyOf: [{ $ref }, null]` or `items: { $ref }`). */
function embedded(documents, property) {
  const ref = property?.anyOf?.find((branch) => branch.$ref)?.$ref ?? property?.items?.$ref;
  return ref === undefined ? undefined : documentFor(documents, ref);
}

/** A probe value in a few characters: long strings by their length. */
function shown(value) {
  if (typeof value === 'string' && value.length > 16) {
    return `"${[...value].slice(0, 3).join('')}…" (${value.length} UTF-16 units, ${[...value].length} code points)`;
  }
  return JSON.stringify(value);
}

/** Values at and just past each rule of one property schema, each with the rule it probes. */
function probesFor(property) {
  const types = Array.isArray(property.type) ? property.type : [property.type];
  const out = [
    [null, 'null or left out'],
    [undefined, 'null or left out'],
  ];
  const add = (rule, ...values) => {
    for (const value of values) out.push([value, rule]);
  };
  if (types.includes('string')) {
    add('type', 42);
    add('blank string', '', '   ');
    if (property.maxLength !== undefined) {
      const max = property.maxLength;
      add('maxLength', x(max), x(max + 1));
      add('maxLength in UTF-16 units (emoji)', emoji(Math.ceil((max + 1) / 2)));
    }
    if (property.format === 'uuid') add('format', GUID, NIL_GUID, 'not-a-guid', `{${GUID}}`);
    if (property.format === 'date-time')
      add('format', '2026-03-20T17:00:00', '2025-02-29T10:00:00Z', '2024-02-29T10:00:00Z');
    if (property.format === 'email') add('format', 'name@example.com', 'a@b', 'a b@example.com');
    if (property.enum !== undefined) add('enum', property.enum[0], 'Planned');
  }
  if (types.includes('integer') || types.includes('number')) {
    const step = types.includes('integer') ? 1 : 0.001;
    add('type', '1');
    add(
      'minimum / maximum / integer',
      property.maximum,
      property.maximum + step,
      property.minimum - step,
      1.5,
    );
  }
  if (types.includes('boolean')) add('type', 'true', 0, true);
  if (types.includes('object') || property.anyOf !== undefined) add('embedded object', {}, [], 'x');
  if (types.includes('array')) add('array of objects', [], {}, [{}], [null]);
  return out.filter(([value]) => !Number.isNaN(value));
}

/**
 * Probes guided by the documents: for the first occurrence in `full` of each property of each
 * document, every value at and just past its rules (`undefined` deletes it); then the
 * structural rules: parent chains of 5 and 6 levels, the mobile-installation address,
 * unmodelled objects nested 32 and 33 levels.
 */
export function probes(full, documents) {
  const out = [];
  const seen = new Set();
  const visit = (node, document, path) => {
    for (const [key, value] of Object.entries(node)) {
      const property = document.properties[key];
      const site = `${document.$id}#${key}`;
      if (property !== undefined && !seen.has(site)) {
        seen.add(site);
        for (const [probe, rule] of probesFor(property)) {
          const payload = structuredClone(full);
          const holder = path.reduce((at, step) => at[step], payload);
          if (probe === undefined) delete holder[key];
          else holder[key] = structuredClone(probe);
          const where = `/${[...path, key].join('/')}`;
          const what = probe === undefined ? `${where} left out` : `${where} = ${shown(probe)}`;
          out.push({ payload, what, rule });
        }
      }
      const inner = embedded(documents, property);
      if (inner !== undefined && Array.isArray(value)) {
        for (const [index, item] of value.entries()) {
          visit(item, inner, [...path, key, index]);
        }
      } else if (inner !== undefined && typeof value === 'object' && value !== null) {
        visit(value, inner, [...path, key]);
      }
    }
  };
  visit(full, documentFor(documents, 'job.request.json'), []);

  const at = (payload, path) => path.reduce((node, step) => node[step], payload);
  const parents = [
    [[], '_parent_job'],
    [['project'], '_parent_project'],
    [['project', 'equipment_family'], '_parent_equipment_family'],
  ];
  for (const [path, property] of parents) {
    for (const length of [5, 6]) {
      const payload = structuredClone(full);
      at(payload, path)[property] = chain(property, PARENT_SEEDS[property], length);
      out.push({ payload, what: `${property} chain of ${length}`, rule: 'parent chain depth (x-max-depth)' });
    }
  }
  for (const address of [true, false]) {
    const payload = structuredClone(full);
    payload.project.is_mobile_installation = true;
    if (!address) payload.db_address_city = '  ';
    out.push({
      payload,
      what: `mobile installation, address ${address ? 'given' : 'blank'}`,
      rule: 'mobile-installation address (if/then)',
    });
  }
  for (const depth of [32, 33]) {
    const payload = structuredClone(full);
    payload.project.company.sales_territory = nested(depth);
    out.push({
      payload,
      what: `sales_territory nested ${depth} levels`,
      rule: 'nesting of unmodelled objects (x-max-nesting)',
    });
  }
  return out;
}

/** `count` payloads with one to three random mutations of one of `bases`. */
export function mutants(bases, count, seed = 20260320) {
  const next = random(seed);
  const out = [];
  for (let i = 0; i < count; i++) {
    const payload = structuredClone(pick(next, bases));
    const steps = 1 + Math.floor(next() * 3);
    const what = [];
    for (let step = 0; step < steps; step++) {
      what.push(mutateOnce(payload, next));
    }
    out.push({ payload, what: what.join('; '), rule: 'random mutations' });
  }
  return out;
}
