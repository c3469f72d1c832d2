/** DOM for the search page: result items, glossary cards, facet checkboxes. Text only, never HTML strings. */
import { formatDateZh } from '../../lib/dates.ts';
import type { ExcerptSegment } from '../../lib/search/excerpt.ts';
import type { DocHead } from '../../lib/search/index-records.ts';
import { FACETS, type Facet, type FacetValue, type Selection } from '../../lib/search/facets.ts';
import type { SortOrder } from '../../lib/search/results.ts';

type Children = (Node | string | null | undefined | false)[];

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  children: Children = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** The status line (announced to screen readers) for a finished search. */
export function statusText(query: string, cards: number, results: number, exact: boolean): string {
  const total = cards + results;
  if (total === 0) return `没有找到与“${query}”相关的结果。可以换一个词，或按下方分类浏览。`;
  if (!exact) return `没有找到完整包含“${query}”的内容；以下 ${total} 条结果包含其中全部字词，但不一定相连。`;
  return `找到 ${total} 条结果${cards ? `（含名词解释 ${cards} 条）` : ''}。`;
}

export function excerptParagraph(segments: ExcerptSegment[]): HTMLParagraphElement {
  const p = el('p', { class: 'search-result__excerpt' });
  for (const segment of segments) p.append(segment.mark ? el('mark', {}, [segment.text]) : segment.text);
  return p;
}

/** A result as soon as its file is loaded: title (linking to the page), type, 文号, date. */
export function resultItem(doc: DocHead): HTMLLIElement {
  const meta = [doc.wenhao, doc.date ? formatDateZh(doc.date) : null].filter(Boolean).join('　');
  return el('li', { class: 'search-result', 'data-url': doc.url }, [
    el('h3', { class: 'search-result__title' }, [el('a', { href: doc.url }, [doc.title])]),
    el('p', { class: 'search-result__meta' }, [
      el('span', { class: 'search-result__type' }, [doc.type]),
      meta ? ` ${meta}` : '',
    ]),
  ]);
}

/** Completes a result with its excerpt: link to the matched section, the section's heading, the matched words. */
export function completeResult(
  item: HTMLElement,
  excerpt: { href: string; heading: string | null; segments: ExcerptSegment[] },
): void {
  item.querySelector('a')?.setAttribute('href', excerpt.href);
  if (excerpt.heading) item.append(el('p', { class: 'search-result__section' }, [`所在章节：${excerpt.heading}`]));
  if (excerpt.segments.length) item.append(excerptParagraph(excerpt.segments));
}

export function glossaryCard(doc: DocHead): HTMLElement {
  const id = `card-${doc.url.replace(/[^a-z0-9]+/gi, '-')}`;
  return el('section', { class: 'glossary-card', 'aria-labelledby': id, 'data-url': doc.url }, [
    el('p', { class: 'glossary-card__label' }, ['名词解释']),
    el('h3', { id }, [el('a', { href: doc.url }, [doc.term ?? doc.title])]),
    doc.definition ? el('p', {}, [doc.definition]) : null,
    el('p', {}, [el('a', { href: doc.url }, [`查看“${doc.term ?? doc.title}”的全部释义`])]),
  ]);
}

const SORT_LABELS: Record<SortOrder, string> = {
  relevance: '相关度',
  'date-desc': '日期（由新到旧）',
  'date-asc': '日期（由旧到新）',
};

/** Sort control and one fieldset of checkboxes per facet that has values. */
export function filterPanel(counts: Record<Facet, FacetValue[]>, sort: SortOrder): Node[] {
  const select = el('select', { id: 'search-sort', name: 'sort' });
  for (const [value, label] of Object.entries(SORT_LABELS)) {
    const option = el('option', { value }, [label]);
    option.selected = value === sort;
    select.append(option);
  }
  const nodes: Node[] = [
    el('p', { class: 'search-sort' }, [el('label', { for: 'search-sort' }, ['排序']), ' ', select]),
  ];
  for (const facet of FACETS) {
    if (counts[facet].length === 0) continue;
    const list = el('ul');
    counts[facet].forEach((v, i) => {
      const input = el('input', {
        type: 'checkbox',
        name: facet,
        value: v.value,
        id: `facet-${FACETS.indexOf(facet)}-${i}`,
      });
      input.checked = v.selected;
      list.append(el('li', {}, [input, ' ', el('label', { for: input.id }, [`${v.value}（${v.count}）`])]));
    });
    nodes.push(el('fieldset', { class: 'search-facet' }, [el('legend', {}, [facet]), list]));
  }
  return nodes;
}

/** The checked facet values in a filter panel. */
export function readSelection(panel: HTMLElement): Selection {
  const selection: Selection = {};
  for (const input of panel.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
    (selection[input.name as Facet] ??= []).push(input.value);
  }
  return selection;
}
