import type { Accepts } from '../change.js';
import { isJsonObject, type JsonObject } from '../json.js';
import {
  type Collapsed,
  type Context,
  collapse,
  descend,
  firstDifference,
  propertyLabel,
  report,
  subject,
} from './context.js';
import type { CompareSchemas, KeywordComparer } from './keyword.js';
import { isOpenSchema } from './open.js';

function propertiesOf(schema: JsonObject): JsonObject {
  return isJsonObject(schema.properties) ? schema.properties : {};
}

function requiredOf(schema: JsonObject): string[] {
  return Array.isArray(schema.required) ? schema.required.filter((name) => typeof name === 'string') : [];
}

/** What applies to a property no `properties` entry names: `additionalProperties`, or anything. */
function extraOf(schema: JsonObject): unknown {
  return schema.additionalProperties ?? true;
}

/**
 * What happens to the values of one property name when the schema that applies to it changes
 * from `before` to `after`, summed up in one effect. Used when a property appears or disappears
 * and `additionalProperties` of the other side stands in for it.
 */
function relation(before: unknown, after: unknown, context: Context, recurse: CompareSchemas): Collapsed {
  const single = (accepts: Accepts): Collapsed => ({ findings: [], accepts, alwaysBreaking: false });
  if (before === false) {
    return single(after === false ? 'same' : 'more');
  }
  if (after === false) {
    return single('less');
  }
  const wasOpen = isOpenSchema(before);
  const isOpen = isOpenSchema(after);
  if (wasOpen && !isOpen) {
    return single('less');
  }
  if (isOpen && !wasOpen) {
    return single('more');
  }
  return collapse(context, (inner) => recurse(before, after, inner));
}

/** Why a property that appeared or disappeared has the effect it has, in words. */
function explain(appeared: boolean, collapsed: Collapsed): string {
  if (collapsed.findings.length > 0) {
    return firstDifference(collapsed);
  }
  const words: Record<Accepts, readonly [appeared: string, disappeared: string]> = {
    more: ['it was rejected as unknown before, and is accepted now', 'any value is accepted for it now'],
    less: ['its values are checked now, where any value was accepted', 'it is rejected as unknown now'],
    different: ['its values are checked differently', 'its values are checked differently'],
    same: ['what is accepted for it is unchanged', 'what is accepted for it is unchanged'],
  };
  return words[collapsed.accepts][appeared ? 0 : 1];
}

function compareProperties(
  oldSchema: JsonObject,
  newSchema: JsonObject,
  context: Context,
  recurse: CompareSchemas,
): void {
  const oldProperties = propertiesOf(oldSchema);
  const newProperties = propertiesOf(newSchema);
  const names = [...new Set([...Object.keys(oldProperties), ...Object.keys(newProperties)])];
  for (const name of names) {
    const inOld = Object.hasOwn(oldProperties, name);
    const inNew = Object.hasOwn(newProperties, name);
    const child = descend(context, ['properties', name], ['properties', name], {
      label: propertyLabel(context, name),
    });
    if (inOld && inNew) {
      recurse(oldProperties[name], newProperties[name], child);
    } else if (inNew) {
      const effect = relation(extraOf(oldSchema), newProperties[name], child, recurse);
      report(
        child,
        'property-added',
        `new property \`${name}\` in ${subject(context)}: ${explain(true, effect)}`,
        {
          accepts: effect.accepts,
          alwaysBreaking: effect.alwaysBreaking,
        },
      );
    } else {
      const effect = relation(oldProperties[name], extraOf(newSchema), child, recurse);
      report(
        child,
        'property-removed',
        `property \`${name}\` removed from ${subject(context)}: ${explain(false, effect)}`,
        {
          accepts: effect.accepts,
          alwaysBreaking: effect.alwaysBreaking,
        },
      );
    }
  }
}

function compareRequired(oldSchema: JsonObject, newSchema: JsonObject, context: Context): void {
  const oldRequired = requiredOf(oldSchema);
  const newRequired = requiredOf(newSchema);
  const condition = context.scope.kind === 'condition' ? context.scope.name : undefined;
  const when = condition === undefined ? '' : ` when "${condition}" applies`;
  newRequired.forEach((name, index) => {
    if (!oldRequired.includes(name)) {
      const message = `\`${propertyLabel(context, name)}\` is now required${when}`;
      report(
        context,
        condition === undefined ? 'required-added' : 'conditional-required-tightened',
        message,
        {
          oldSegments: ['required'],
          newSegments: ['required', index],
        },
      );
    }
  });
  oldRequired.forEach((name, index) => {
    if (!newRequired.includes(name)) {
      const message = `\`${propertyLabel(context, name)}\` is no longer required${when}`;
      report(
        context,
        condition === undefined ? 'required-removed' : 'conditional-required-loosened',
        message,
        {
          oldSegments: ['required', index],
          newSegments: ['required'],
        },
      );
    }
  });
}

function compareAdditional(
  oldSchema: JsonObject,
  newSchema: JsonObject,
  context: Context,
  recurse: CompareSchemas,
): void {
  const before = extraOf(oldSchema);
  const after = extraOf(newSchema);
  if (before === false && after === false) {
    return;
  }
  if (before === false) {
    report(
      context,
      'additional-properties-opened',
      `${subject(context)} now accepts properties it does not describe`,
      {
        oldSegments: ['additionalProperties'],
      },
    );
  } else if (after === false) {
    report(
      context,
      'additional-properties-closed',
      `${subject(context)} now rejects properties it does not describe`,
      {
        oldSegments: ['additionalProperties'],
      },
    );
  } else {
    const label = context.label === undefined ? '*' : `${context.label}.*`;
    recurse(before, after, descend(context, ['additionalProperties'], ['additionalProperties'], { label }));
  }
}

/**
 * `properties`, `required` and `additionalProperties`, together: whether a property that
 * appears or disappears widens or narrows the schema depends on `additionalProperties`.
 */
export const objectKeywords: KeywordComparer = {
  keywords: ['properties', 'required', 'additionalProperties'],
  compare(oldSchema, newSchema, context, recurse) {
    compareProperties(oldSchema, newSchema, context, recurse);
    compareRequired(oldSchema, newSchema, context);
    compareAdditional(oldSchema, newSchema, context, recurse);
  },
};

/** `items`: one schema for every element of an array. */
export const itemsKeyword: KeywordComparer = {
  keywords: ['items'],
  compare(oldSchema, newSchema, context, recurse) {
    const label = `${context.label ?? ''}[]`;
    recurse(
      oldSchema.items ?? true,
      newSchema.items ?? true,
      descend(context, ['items'], ['items'], { label }),
    );
  },
};
