import type { OutletRecord, StatementChain } from '../../outlets/index.js';

/** The chain under a statement: `— reported by RT (Russian state media), republished in Arabic by موقع تجاربنا`. */
export function chainLines(chain: StatementChain | undefined, indent = '  '): string[] {
  return chain?.attribution ? [`${indent}— ${chain.attribution}`] : [];
}

/** One outlet a line: id, name, country, ownership (or -), domains. */
export function outletLine(r: OutletRecord): string {
  return [r.id, r.namesEn[0], r.country, r.ownership ?? '-', r.domains.join(' ') || '-'].join('\t');
}

/** Everything the registry says about one outlet, with where its label comes from. */
export function outletBlock(r: OutletRecord): string[] {
  return [
    `${r.namesEn[0]} (${r.id})`,
    `  names:      ${[...r.namesEn, ...r.namesAr].join(' | ')}`,
    `  domains:    ${r.domains.join(' ') || '-'}`,
    `  country:    ${r.country}`,
    `  languages:  ${r.languages.join(' ') || '-'}`,
    `  ownership:  ${r.ownership ?? 'not known (no label is shown)'}`,
    `  source:     ${r.source}`,
    `  defined at: ${r.from}`,
  ];
}
