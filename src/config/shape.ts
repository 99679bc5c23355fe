// Walks the zod schema along a field path to list the keys allowed there (for "did you mean").
import { z } from 'zod';

function unwrap(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  for (;;) {
    if (s instanceof z.ZodDefault || s instanceof z.ZodOptional || s instanceof z.ZodNullable) {
      s = s.unwrap() as z.ZodType;
    } else if (s instanceof z.ZodPipe) {
      s = s.in as z.ZodType;
    } else {
      return s;
    }
  }
}

function branches(schema: z.ZodType, data: unknown): z.ZodType[] {
  const s = unwrap(schema);
  if (s instanceof z.ZodDiscriminatedUnion || s instanceof z.ZodUnion) {
    const options = s.options as z.ZodType[];
    // A discriminated union: prefer the branch whose literal matches what was written.
    const typed = options.filter((o) => {
      const u = unwrap(o);
      if (!(u instanceof z.ZodObject) || data === null || typeof data !== 'object') return false;
      const type = (data as Record<string, unknown>)['type'];
      const lit = u.shape['type'];
      return lit instanceof z.ZodLiteral && type !== undefined && lit.values.has(type as never);
    });
    return (typed.length > 0 ? typed : options).flatMap((o) => branches(o, data));
  }
  return [s];
}

export function keysAt(
  schema: z.ZodType,
  path: readonly PropertyKey[],
  dataAtPath: unknown,
): string[] {
  let current: z.ZodType[] = [schema];
  for (const seg of path) {
    const next: z.ZodType[] = [];
    for (const c of current.flatMap((s) => branches(s, undefined))) {
      if (c instanceof z.ZodObject && typeof seg === 'string') {
        const child = c.shape[seg] as z.ZodType | undefined;
        if (child) next.push(child);
      } else if (c instanceof z.ZodArray && typeof seg === 'number') {
        next.push(c.element as z.ZodType);
      } else if (c instanceof z.ZodRecord) {
        next.push(c._zod.def.valueType as z.ZodType);
      }
    }
    current = next;
  }
  const keys = new Set<string>();
  for (const c of current.flatMap((s) => branches(s, dataAtPath))) {
    if (c instanceof z.ZodObject) for (const k of Object.keys(c.shape)) keys.add(k);
  }
  keys.delete('$schema');
  return [...keys];
}
