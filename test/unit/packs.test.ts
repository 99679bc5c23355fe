// Template packs: the engine reads templates/<id>/template.yaml and names no template itself.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import {
  defaultTemplateId,
  listTemplates,
  loadClause,
  loadTemplate,
} from '../../src/source/clauses.js';
import { RULES } from '../../src/validate/catalog.js';
import { NOTICE_RULES } from '../../src/validate/notice-catalog.js';
import { DOCS, isNoticeKind } from '../../src/writers.js';

const SHARED = ['$schema', 'template', 'title', 'company', 'dates', 'style'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : [file];
  });
}

describe('template packs', () => {
  it('should find at least one pack and exactly one default', () => {
    expect(listTemplates().length).toBeGreaterThan(0);
    expect(listTemplates().filter((id) => loadTemplate(id).default)).toEqual([defaultTemplateId()]);
  });

  it('should keep every template id out of the engine source', () => {
    const ids = listTemplates();
    const hits = sourceFiles('src').flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return ids.filter((id) => text.includes(id)).map((id) => `${file}: ${id}`);
    });
    expect(hits).toEqual([]);
  });

  it('should leave no config section unread by every pack', () => {
    const read = new Set([...SHARED, ...listTemplates().flatMap((id) => loadTemplate(id).config)]);
    expect(Object.keys(configSchema.shape).filter((s) => !read.has(s))).toEqual([]);
  });

  for (const id of listTemplates()) {
    describe(id, () => {
      const pack = loadTemplate(id);

      it('should list documents the writers know', () => {
        for (const d of pack.documents) expect(DOCS).toContain(d.id);
        expect(pack.documents.some((d) => d.default)).toBe(true);
      });

      it('should list rules that exist', () => {
        const known = [...RULES, ...NOTICE_RULES].map((r) => r.id);
        for (const r of pack.rules) expect(known).toContain(r);
      });

      it('should read only config sections the schema has', () => {
        const sections = Object.keys(configSchema.shape);
        for (const s of pack.config) expect(sections).toContain(s);
      });

      it('should give every section document a source', () => {
        for (const d of pack.documents.filter((x) => isNoticeKind(x.id)))
          expect(d.source, d.id).toBeDefined();
      });

      it('should name clauses that exist', () => {
        for (const a of pack.articles) expect(loadClause(a.id).id).toBe(a.id);
      });
    });
  }
});
