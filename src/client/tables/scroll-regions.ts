/**
 * A table's region (.table-wrap) is written with tabindex="0", so that without JavaScript a
 * keyboard can always scroll a table wider than the screen (a chart's box, .chart__svg, only
 * scrolls on the narrowest screens and gets its stop from here alone). Where the table fits there is
 * nothing to scroll, and the stop is only noise: this keeps the region a Tab stop exactly
 * while it overflows, again whenever its width changes (rotation, zoom, 大字号).
 */
const regions = [...document.querySelectorAll<HTMLElement>('.table-wrap, .chart__svg')];

function update(region: HTMLElement): void {
  if (region.scrollWidth > region.clientWidth + 1) region.setAttribute('tabindex', '0');
  // Never take the stop from the region that has focus: the reader is using it.
  else if (document.activeElement !== region) region.removeAttribute('tabindex');
}

if (regions.length) {
  // Watch the table as well as its region: the table alone changes width when fonts load.
  const observer = new ResizeObserver((entries) =>
    entries.forEach((e) => update((e.target as HTMLElement).closest<HTMLElement>('.table-wrap, .chart__svg')!)),
  );
  for (const region of regions) {
    update(region);
    observer.observe(region);
    if (region.firstElementChild) observer.observe(region.firstElementChild);
  }
}
