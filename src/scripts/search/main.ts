/**
 * The search page's behaviour: reads ?q= and the facets from the URL, searches
 * as the reader types (and at once on Enter), announces the result count,
 * shows glossary cards first, then documents ten at a time with excerpts.
 * Without JavaScript none of this runs and the page's form and browse links remain.
 */
import { isSearchable, parseQuery } from '../../lib/search/query.ts';
import { glossaryCards, sortDocs, type DocHit } from '../../lib/search/results.ts';
import { applySelection, facetCounts } from '../../lib/search/facets.ts';
import { readState, writeState, type SearchState } from '../../lib/search/url-state.ts';
import { SearchEngine, type RunResult } from './engine.ts';
import { completeResult, el, filterPanel, glossaryCard, readSelection, resultItem } from './render.ts';

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 200;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const app = $<HTMLElement>('search-app');
const form = $<HTMLFormElement>('search-form');
const input = $<HTMLInputElement>('search-q');
const status = $<HTMLElement>('search-status');
const filters = $<HTMLElement>('search-filters');
const filtersBox = $<HTMLDetailsElement>('search-filters-box');
const cards = $<HTMLElement>('search-cards');
const list = $<HTMLOListElement>('search-results');
const more = $<HTMLButtonElement>('search-more');

const engine = new SearchEngine();
let state: SearchState = readState(location.search);
let current: { run: RunResult; query: ReturnType<typeof parseQuery> } | null = null;
let shown: DocHit[] = [];
let sequence = 0;

function setState(next: SearchState): void {
  state = next;
  history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
}

async function complete(item: HTMLElement, run: RunResult, recordId: string): Promise<void> {
  const data = await run.data(recordId);
  if (data) completeResult(item, data);
}

function showPage(run: RunResult, from: number): Promise<unknown> {
  const page = shown.slice(from, from + PAGE_SIZE);
  const loads = page.map((hit) => {
    const item = resultItem(run.catalogue.docs[hit.doc]);
    list.append(item);
    return complete(item, run, hit.records[0]);
  });
  more.hidden = from + PAGE_SIZE >= shown.length;
  return Promise.all(loads);
}

/** Re-renders from the last run: facets, cards, the first page of results and the status line. */
function render(): void {
  if (!current) return;
  const { run, query } = current;
  const selected = applySelection(run.hits, run.catalogue, state.selection);
  const cardHits = glossaryCards(selected, run.catalogue, query);
  shown = sortDocs(selected.filter((h) => !cardHits.includes(h)), run.catalogue, state.sort);
  filtersBox.hidden = false;
  filters.replaceChildren(...filterPanel(facetCounts(run.hits, run.catalogue, state.selection), state.sort));
  cards.replaceChildren(...cardHits.map((hit) => {
    const card = glossaryCard(run.catalogue.docs[hit.doc], undefined);
    run.data(hit.records[0]).then((d) => d?.meta.definition && card.replaceWith(glossaryCard(run.catalogue.docs[hit.doc], d.meta.definition)));
    return card;
  }));
  list.replaceChildren();
  const total = cardHits.length + shown.length;
  const excerpts = showPage(run, 0);
  status.textContent = total === 0
    ? `没有找到与“${query.text}”相关的结果。可以换一个词，或按下方分类浏览。`
    : run.exact
      ? `找到 ${total} 条结果${cardHits.length ? `（含名词解释 ${cardHits.length} 条）` : ''}。`
      : `没有找到完整包含“${query.text}”的内容；以下 ${total} 条结果包含其中全部字词，但不一定相连。`;
  app.dataset.state = 'done';
  app.dataset.query = query.text;
  excerpts.then(() => (app.dataset.excerpts = 'done'));
}

async function search(text: string): Promise<void> {
  const mine = ++sequence;
  setState({ ...state, q: text });
  const query = parseQuery(text);
  delete app.dataset.excerpts;
  if (!isSearchable(query)) {
    current = null;
    for (const part of [filters, cards, list]) part.replaceChildren();
    filtersBox.hidden = true;
    more.hidden = true;
    status.textContent = text.trim() ? '请输入要搜索的文字或数字。' : '';
    app.dataset.state = 'idle';
    return;
  }
  app.dataset.state = 'searching';
  status.textContent = '正在搜索……';
  try {
    const run = await engine.run(query);
    if (mine !== sequence) return; // a newer search has started
    current = { run, query };
    render();
  } catch (error) {
    if (mine !== sequence) return;
    app.dataset.state = 'error';
    status.textContent = `搜索暂时无法使用（${error instanceof Error ? error.message : String(error)}）。请按下方分类浏览。`;
  }
}

let typingTimer: number | undefined;
input.addEventListener('input', () => {
  window.clearTimeout(typingTimer);
  typingTimer = window.setTimeout(() => search(input.value), TYPING_DELAY_MS);
});
input.addEventListener('focus', () => engine.warm(), { once: true });
form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(typingTimer);
  search(input.value);
});
filters.addEventListener('change', () => {
  const sort = filters.querySelector<HTMLSelectElement>('#search-sort')?.value as SearchState['sort'] | undefined;
  setState({ ...state, selection: readSelection(filters), sort: sort ?? 'relevance' });
  render();
});
more.addEventListener('click', () => {
  if (!current) return;
  const from = list.children.length;
  showPage(current.run, from);
  list.children[from]?.querySelector('a')?.focus();
});
window.addEventListener('popstate', () => {
  state = readState(location.search);
  input.value = state.q;
  search(state.q);
});

// Beside the results on a wide screen; folded above them on a narrow one, so results come first.
filtersBox.open = window.matchMedia('(min-width: 56rem)').matches;
app.hidden = false;
input.value = state.q;
if (state.q) search(state.q);
