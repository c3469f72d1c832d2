/**
 * Glossary term links in document bodies (a.glossary-term, added at build time by
 * src/lib/render/glossary-links.ts): shows the term's short definition beside the link
 * on hover and on keyboard focus.
 *
 * Only an enhancement. The definition is already in the page, hidden and referenced
 * by the link's aria-describedby, so screen readers announce it with or without this
 * script (the visible copy is therefore aria-hidden, to be heard once), and the link
 * leads to the term page either way. Escape closes the definition; the pointer may
 * move onto it without closing it, and it stays until focus or pointer leaves
 * (WCAG 1.4.13). Served as /glossary/term-tip.js: an external file, as the CSP requires.
 */
const LINK = 'a.glossary-term[aria-describedby]';
const GAP = 6;

if (document.querySelector(LINK)) {
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = '/glossary/term-tip.css';
  document.head.append(style);

  const tip = document.createElement('div');
  tip.className = 'glossary-tip';
  tip.id = 'glossary-tip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  document.body.append(tip);

  /** @type {HTMLAnchorElement | null} */
  let current = null;
  let hideTimer = 0;

  /** @param {HTMLAnchorElement} link */
  const show = (link) => {
    window.clearTimeout(hideTimer);
    const source = document.getElementById(link.getAttribute('aria-describedby') ?? '');
    if (!source) return;
    const term = document.createElement('strong');
    term.className = 'glossary-tip__term';
    term.textContent = source.dataset.term ?? link.textContent ?? '';
    const text = document.createElement('span');
    text.textContent = (source.textContent ?? '').replace(/^名词解释：/, '');
    tip.replaceChildren(term, text);
    current = link;
    // Placed once the browser has scrolled the link into view (focus may scroll a table
    // sideways): until then the definition is laid out but invisible, so it never covers the link.
    tip.classList.add('glossary-tip--placing');
    tip.hidden = false;
    window.requestAnimationFrame(() => {
      if (current !== link) return;
      place(link);
      tip.classList.remove('glossary-tip--placing');
    });
  };

  const hide = () => {
    window.clearTimeout(hideTimer);
    tip.hidden = true;
    current = null;
  };

  const hideSoon = () => {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, 300);
  };

  /** Below the link, or above it when there is no room below; always inside the viewport. @param {HTMLElement} link */
  const place = (link) => {
    const box = link.getBoundingClientRect();
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const left = Math.max(GAP, Math.min(box.left, document.documentElement.clientWidth - width - GAP));
    const below = box.bottom + GAP + height <= window.innerHeight || box.top - GAP - height < 0;
    const top = below ? box.bottom + GAP : box.top - GAP - height;
    tip.style.left = `${left + window.scrollX}px`;
    tip.style.top = `${top + window.scrollY}px`;
  };

  /** @param {Event} event */
  const linkOf = (event) => (event.target instanceof Element ? event.target.closest(LINK) : null);

  document.addEventListener('focusin', (event) => {
    const link = linkOf(event);
    if (link instanceof HTMLAnchorElement) show(link);
  });
  document.addEventListener('focusout', (event) => {
    if (linkOf(event) === current) hide();
  });
  document.addEventListener('mouseover', (event) => {
    const link = linkOf(event);
    if (link instanceof HTMLAnchorElement) show(link);
    else if (event.target instanceof Node && tip.contains(event.target)) window.clearTimeout(hideTimer);
  });
  document.addEventListener('mouseout', (event) => {
    if (current && (linkOf(event) === current || (event.target instanceof Node && tip.contains(event.target))))
      hideSoon();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !tip.hidden) hide();
  });
  window.addEventListener('resize', () => current && place(current));
  // Any scrolling container (a wide table) moves the link: the definition follows it.
  document.addEventListener('scroll', () => current && place(current), { capture: true, passive: true });
}
