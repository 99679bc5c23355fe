import type { Finding } from '../rule.js';
import { defineRule } from '../rule.js';
import { article } from '../text.js';

// Since 2026-10-01 every employer must take the measures of 労働施策総合推進法第33条; a guideline
// without the article is lawful, but the duty must then be met elsewhere. A warning, not an error.
export default defineRule({
  id: 'C-CUSHARA-DUTY',
  severity: 'warning',
  summary:
    'カスタマーハラスメントへの対応の条があること（ない場合は、労働施策総合推進法第33条の措置を就業規則、ハラスメント防止規程等で定める必要がある）',
  check({ doc }) {
    const present = article(doc, 'customer-harassment');
    if (present) return [];
    const out: Finding[] = [
      {
        message:
          'カスタマーハラスメントへの対応の条がありません。令和8年10月1日から、労働施策総合推進法第33条により全ての事業主にカスタマーハラスメントへの措置（方針の明確化及び周知、従業員からの相談に応ずる体制、事後の対応、抑止の措置、プライバシーの保護等）が義務付けられています',
        expected:
          '本ガイドラインにカスタマーハラスメントへの対応の条を置くか、就業規則、ハラスメント防止規程等でその措置を定めておく',
      },
    ];
    return out;
  },
});
