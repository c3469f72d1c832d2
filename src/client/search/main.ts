/**
 * The search page's behaviour: reads ?q= and the facets from the URL, searches
 * as the reader types (and at once on Enter), announces the result count,
 * shows glossary cards first, then documents ten at a time with excerpts.
 * Without JavaScript none of this runs and the page's form and browse links remain.
 */
import { isSearchable, parseQuery, type SearchQuery } from '../../lib/search/query.ts';
import { sortDocs, type DocHit } from '../../lib/search/results.ts';
import { applySelection, facetCounts } from '../../lib/search/facets.ts';
import { readState, writeState, type SearchState } from '../../lib/search/url-state.ts';
import { SearchEngine, type RunResult } from './engine.ts';
import { findCards, type Card } from './cards.ts';
import { shownResult } from './docs.ts';
import { replaceKeepingFocus } from './keep-focus.ts';
import { completeResult, filterPanel, glossaryCard, readSelection, resultItem, statusText } from './render.ts';

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

interface Current {
  run: RunResult;
  query: SearchQuery;
  cards: Card[];
}

const engine = new SearchEngine();
let state: SearchState = readState(location.search);
let current: Current | null = null;
let shown: DocHit[] = [];
let sequence = 0;
/** Changes whenever the list is redrawn, so that a page still loading for an older list is dropped. */
let listVersion = 0;

function setState(next: SearchState): void {
  state = next;
  history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
}

/** Appends the next page of results once their files are loaded; false when the list was redrawn meanwhile. */
async function showPage(run: RunResult, query: SearchQuery, from: number): Promise<boolean> {
  const version = listVersion;
  const page = shown.slice(from, from + PAGE_SIZE);
  app.dataset.list = 'loading';
  const results = await Promise.all(page.map((hit) => shownResult(hit, run.catalogue, query)));
  if (version !== listVersion) return false;
  for (const { head, excerpt } of results) {
    const item = list.appendChild(resultItem(head));
    completeResult(item, excerpt);
  }
  more.hidden = from + PAGE_SIZE >= shown.length;
  app.dataset.list = 'done';
  return true;
}

function showError(error: unknown): void {
  app.dataset.state = 'error';
  status.textContent = `搜索暂时无法使用（${error instanceof Error ? error.message : String(error)}）。请按下方分类浏览。`;
}

/** Re-renders from the last run: facets, cards, the first page of results and the status line. */
async function render(): Promise<void> {
  if (!current) return;
  const { run, query } = current;
  listVersion++;
  app.dataset.state = 'rendering';
  const selected = applySelection(run.hits, run.catalogue, state.selection);
  const cardHits = current.cards.filter((c) => selected.includes(c.hit));
  shown = sortDocs(
    selected.filter((h) => !cardHits.some((c) => c.hit === h)),
    run.catalogue,
    state.sort,
  );
  filtersBox.hidden = false;
  // The panel is redrawn with new counts; the control the reader used keeps focus.
  replaceKeepingFocus(filters, filterPanel(facetCounts(run.hits, run.catalogue, state.selection), state.sort));
  cards.replaceChildren(...cardHits.map((c) => glossaryCard(c.head)));
  list.replaceChildren();
  more.hidden = true;
  status.textContent = statusText(query.text, cardHits.length, shown.length, run.exact);
  if (!(await showPage(run, query, 0))) return;
  app.dataset.query = query.text;
  app.dataset.state = 'done';
  app.dataset.excerpts = 'done';
}

async function search(text: string): Promise<void> {
  const mine = ++sequence;
  setState({ ...state, q: text });
  const query = parseQuery(text);
  delete app.dataset.excerpts;
  if (!isSearchable(query)) {
    current = null;
    listVersion++;
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
    const found = await findCards(run, query);
    if (mine !== sequence) return; // a newer search has started
    current = { run, query, cards: found };
    await render();
  } catch (error) {
    if (mine === sequence) showError(error);
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
  delete app.dataset.excerpts;
  render().catch(showError);
});
more.addEventListener('click', () => {
  if (!current || app.dataset.list === 'loading') return;
  const from = list.children.length;
  showPage(current.run, current.query, from).then(
    (shownNow) => shownNow && list.children[from]?.querySelector<HTMLElement>('a')?.focus(),
    showError,
  );
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
