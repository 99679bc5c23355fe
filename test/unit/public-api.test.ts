// The library's public API is what src/index.ts exports; changing it is a deliberate act.
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

describe('public API', () => {
  it('should export exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'FORMATS',
        'UserError',
        'assemble',
        'buildFile',
        'buildText',
        'configSchema',
        'formatDiagnostic',
        'loadConfigFile',
        'parseConfigText',
        'render',
        'renderHtml',
        'renderMarkdown',
      ].sort(),
    );
  });
});
