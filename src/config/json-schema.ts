// The JSON Schema (for editors) and the README's config reference, both derived from the zod schema.
import { z } from 'zod';
import { defaultTemplateId, listTemplates } from '../source/clauses.js';
import { configSchema } from './schema.js';

export const SCHEMA_ID = 'https://hinagata.invalid/schema/hinagata.schema.json';

export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  });
  // The packs under templates/ are the values `template` takes (the schema itself names none).
  const properties = schema['properties'] as Record<string, Record<string, unknown>> | undefined;
  const template = properties?.['template'];
  if (template) {
    template['enum'] = listTemplates();
    template['default'] = defaultTemplateId();
  }
  return { ...schema, $id: SCHEMA_ID, title: 'hinagata config' };
}

interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  additionalProperties?: JsonSchema | boolean;
  minimum?: number;
  exclusiveMinimum?: number;
}

function typeOf(s: JsonSchema): string {
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.enum) return s.enum.map((e) => `\`${JSON.stringify(e)}\``).join(' \\| ');
  const variants = s.anyOf ?? s.oneOf;
  if (variants) return variants.map(typeOf).join(' \\| ');
  if (s.type === 'array') return `${s.items ? typeOf(s.items) : 'any'}[]`;
  if (s.type === 'object' && s.properties) return 'object';
  if (s.type === 'object' && s.additionalProperties && typeof s.additionalProperties === 'object')
    return `{ [id]: ${typeOf(s.additionalProperties)} }`;
  return Array.isArray(s.type) ? s.type.join(' \\| ') : (s.type ?? 'any');
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** A Markdown table, one row per field, dotted paths, generated for the README. */
export function configReferenceMarkdown(): string {
  const root = configJsonSchema() as JsonSchema;
  const rows: string[] = ['| フィールド | 型 | 必須 | 既定値 | 説明 |', '|---|---|---|---|---|'];
  const walk = (s: JsonSchema, prefix: string, required: boolean): void => {
    if (prefix && prefix !== '$schema') {
      const def = s.default === undefined ? '' : `\`${JSON.stringify(s.default)}\``;
      rows.push(
        `| \`${prefix}\` | ${cell(typeOf(s))} | ${required ? '必須' : ''} | ${cell(def)} | ${cell(s.description ?? '')} |`,
      );
    }
    if (s.type === 'object' && s.properties) {
      for (const [key, child] of Object.entries(s.properties)) {
        walk(child, prefix ? `${prefix}.${key}` : key, (s.required ?? []).includes(key));
      }
    }
    if (s.type === 'array' && s.items) {
      const variants = s.items.anyOf ?? s.items.oneOf;
      for (const v of variants ?? [s.items]) {
        if (v.type === 'object' && v.properties) {
          const tag = v.properties['type']?.const;
          const label = tag === undefined ? `${prefix}[]` : `${prefix}[type=${String(tag)}]`;
          for (const [key, child] of Object.entries(v.properties)) {
            if (key !== 'type') walk(child, `${label}.${key}`, (v.required ?? []).includes(key));
          }
        }
      }
    }
    const unions = s.anyOf ?? s.oneOf;
    if (unions && s.type === undefined) {
      for (const v of unions) {
        if (v.type === 'object' && v.properties) {
          for (const [key, child] of Object.entries(v.properties))
            walk(child, `${prefix}.${key}`, false);
        }
      }
    }
  };
  walk(root, '', true);
  return rows.join('\n');
}
