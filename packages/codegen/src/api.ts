import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pairs } from './documents.js';
import { generatedHeader } from './header.js';
import { typeName } from './naming.js';

/**
 * Writes `src/generated/api.ts`: for every entity and direction, the payload type and its
 * type guard, parser and asserter, each a one-line binding of the generic engine.
 */
export function writeApi(packageDir: string): void {
  const lines = [
    generatedHeader(),
    "import { asserter, guard, parser, type Asserter, type Guard, type Parser, type Payload } from '../bind.js';",
  ];
  for (const { entity, direction } of pairs()) {
    const type = typeName(entity, direction);
    const what = `${entity} ${direction}`;
    lines.push(
      '',
      `/** A valid ${what}: what ${direction === 'request' ? 'a client sends in POST or PUT' : 'the server returns'}. */`,
      `export type ${type} = Payload<'${entity}', '${direction}'>;`,
      `/** True when \`data\` is a valid ${what}. Never throws. */`,
      `export const is${type}: Guard<'${entity}', '${direction}'> = guard('${entity}', '${direction}');`,
      `/** Checks \`data\` as a ${what}: \`{ ok: true, value }\` or \`{ ok: false, issues }\`. Never throws. */`,
      `export const parse${type}: Parser<'${entity}', '${direction}'> = parser('${entity}', '${direction}');`,
      `/** Throws a \`ContractError\` listing the issues unless \`data\` is a valid ${what}. */`,
      `export const assert${type}: Asserter<'${entity}', '${direction}'> = asserter('${entity}', '${direction}');`,
    );
  }
  const dir = join(packageDir, 'src', 'generated');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'api.ts'), `${lines.join('\n')}\n`);
}
