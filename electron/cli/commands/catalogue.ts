/**
 * `mandate-planner catalogue clauses|checklists|risks|guidance|factors [--json]`: prints the content
 * the app ships, from the same modules the app uses, so domain experts and translators can review
 * it without the app.
 */
import { Argument } from 'commander';
import { formatBasis } from '../../../shared/content/basis';
import { CHECKLIST_CATALOGUE } from '../../../shared/content/checklist-items';
import { CLAUSE_LIBRARY } from '../../../shared/content/clauses';
import { RISK_CATALOGUE } from '../../../shared/content/risk-catalogue';
import { RISK_FACTORS } from '../../../shared/content/risk-factors';
import { GUIDANCE_RULES } from '../../../shared/mandate/guidance';
import { EXIT_OK } from '../command';
import type { CliCommand } from '../command';

export const CATALOGUES = ['clauses', 'checklists', 'risks', 'guidance', 'factors'] as const;
export type CatalogueName = (typeof CATALOGUES)[number];

interface Listing {
  items: readonly unknown[];
  /** More JSON beside the items, such as the flat list of Framework indicators. */
  extra?: Record<string, unknown>;
  /** Column headings and how to read each row for the readable table. */
  columns: readonly string[];
  rows: string[][];
}

const yes = (b: boolean) => (b ? 'yes' : '');

/** The items of one catalogue as JSON-ready data, plus the rows of its readable table. */
export function catalogueListing(name: CatalogueName): Listing {
  switch (name) {
    case 'clauses':
      return {
        items: CLAUSE_LIBRARY.map((t) => ({ ...t, basisText: formatBasis(t.basis) })),
        columns: ['id', 'family', 'kind', 'opening', 'missions', 'task', 'parameters'],
        rows: CLAUSE_LIBRARY.map((t) => [t.id, t.family, t.kind, t.opening, t.missionTypes.join(', '), yes(t.authorisesTask), t.params.map((p) => p.name).join(', ')]),
      };
    case 'checklists':
      return {
        items: CHECKLIST_CATALOGUE,
        columns: ['id', 'area', 'critical', 'title'],
        rows: CHECKLIST_CATALOGUE.map((c) => [c.id, c.area, yes(c.critical), c.title]),
      };
    case 'risks':
      return {
        items: RISK_CATALOGUE,
        columns: ['id', 'category', 'L', 'I', 'title'],
        rows: RISK_CATALOGUE.map((r) => [r.id, r.category, String(r.likelihood), String(r.impact), r.title]),
      };
    case 'guidance': {
      const items = GUIDANCE_RULES.map((r) => ({ id: r.id, severity: r.severity, step: r.step, title: r.title, summary: r.summary, basis: r.basis, basisText: formatBasis(r.basis), suggestedRiskId: r.riskId ?? null }));
      return {
        items,
        columns: ['id', 'severity', 'step', 'when it fires'],
        rows: items.map((r) => [r.id, r.severity, r.step, r.summary]),
      };
    }
    case 'factors': {
      // Every indicator with its Framework number and factor, so reviewers can check the list line by line.
      const indicators = RISK_FACTORS.flatMap((f) =>
        f.indicators.map((i) => ({ number: i.number, id: i.id, factor: f.number, factorName: f.name, text: i.text, ...(i.tripwireHint ? { tripwireHint: i.tripwireHint } : {}), ...(i.unconfirmed ? { unconfirmed: i.unconfirmed } : {}) })),
      );
      return {
        items: RISK_FACTORS.map((f) => ({ ...f, basisText: formatBasis(f.basis) })),
        extra: { indicatorCount: indicators.length, indicators },
        columns: ['no.', 'name', 'points to', 'indicators'],
        rows: RISK_FACTORS.flatMap((f) => [
          [String(f.number), f.name, f.scope, `${f.indicators.length}`],
          ...f.indicators.map((i) => [i.number, `  ${i.text}`, '', '']),
        ]),
      };
    }
  }
}

const MAX_CELL = 70;

/** A plain-text table: columns padded to their widest cell, long cells cut with an ellipsis. */
export function formatTable(columns: readonly string[], rows: readonly string[][]): string[] {
  const cut = (s: string) => (s.length > MAX_CELL ? `${s.slice(0, MAX_CELL - 1)}…` : s);
  const cells = [columns.map(cut), ...rows.map((r) => r.map(cut))];
  const widths = columns.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)];
}

export const catalogueCommand: CliCommand = (program, context) => {
  program
    .command('catalogue')
    .description('Print the content the app ships: the clause library, capability checklists, risk catalogue, guidance rules or the risk factors.')
    .addArgument(new Argument('<name>', 'which catalogue').choices(CATALOGUES))
    .option('--json', 'print JSON (ids, families, applicability, templates, parameters) instead of a table')
    .action((name: CatalogueName, options: { json?: boolean }) => {
      const listing = catalogueListing(name);
      if (options.json) {
        context.out(JSON.stringify({ catalogue: name, count: listing.items.length, items: listing.items, ...listing.extra }, null, 2));
      } else {
        for (const row of formatTable(listing.columns, listing.rows)) context.out(row);
        context.out('');
        const what = name === 'factors' ? `risk factors with ${String(listing.extra?.['indicatorCount'])} numbered Framework indicators` : `${name} entries`;
        context.out(`${listing.items.length} ${what}. Add --json for the full content.`);
      }
      context.exitCode = EXIT_OK;
    });
};
