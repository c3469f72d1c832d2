/**
 * Filter-as-you-type on /glossary/: shows the box (hidden without JavaScript, when the
 * letter anchors are the way in), hides terms and letter groups that do not match, and
 * announces the number of matches in a polite live region.
 */
// A dynamic import: besides loading the matching rules alongside, it keeps Astro from
// inlining this small script into the page, which the Content-Security-Policy would block.
const rules = import('../../lib/glossary/filter.ts');

const box = document.querySelector<HTMLElement>('[data-glossary-filter]');
const input = box?.querySelector<HTMLInputElement>('input');
const statusLine = box?.querySelector<HTMLElement>('[role="status"]');
const groups = [...document.querySelectorAll<HTMLElement>('[data-glossary-group]')];

if (box && input && statusLine) {
  box.hidden = false;
  const apply = async () => {
    const { matchesFilter } = await rules;
    let shown = 0;
    for (const group of groups) {
      let inGroup = 0;
      for (const item of group.querySelectorAll<HTMLElement>('[data-filter]')) {
        const match = matchesFilter(item.dataset.filter ?? '', input.value);
        item.hidden = !match;
        if (match) inGroup++;
      }
      group.hidden = inGroup === 0;
      shown += inGroup;
    }
    statusLine.textContent = input.value.trim() === '' ? '' : shown === 0 ? '没有符合的名词' : `找到 ${shown} 个名词`;
  };
  input.addEventListener('input', apply);
  if (input.value) void apply(); // a value the browser restored on going back
}

export {}; // a module: its names stay its own
