/** axe-core in a page under test: the serious and critical violations (none is the bar for our pages). */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { projectPath } from '../../src/domain/project-path.ts';

export async function axe(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.addScriptTag({ content: readFileSync(projectPath('node_modules/axe-core/axe.min.js'), 'utf8') });
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { html: string }[] }[] }> };
      }
    ).axe.run();
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.html.slice(0, 160)) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
