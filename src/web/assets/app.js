// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // Move focus to the error summary so keyboard and screen-reader users hear what to fix.
  const summary = document.querySelector('[data-autofocus]');
  if (summary instanceof HTMLElement) summary.focus();
  // A link in an error summary puts the cursor in the field it names (a plain #fragment link
  // only scrolls), with the field's label kept in view above it.
  for (const link of document.querySelectorAll('.error-summary a[href^="#"]')) {
    link.addEventListener('click', (event) => {
      const target = document.getElementById(link.getAttribute('href').slice(1));
      if (!target) return;
      const field = target.matches('input, select, textarea, button')
        ? target
        : target.closest('.field')?.querySelector('input, select, textarea');
      const label =
        document.querySelector(`label[for="${CSS.escape(target.id)}"]`) || target.closest('.field') || target;
      event.preventDefault();
      label.scrollIntoView();
      if (field) field.focus({ preventScroll: true });
      else {
        target.setAttribute('tabindex', '-1');
        target.focus({ preventScroll: true });
      }
    });
  }
  // On a phone the process tabs scroll sideways: bring the current one into view (sideways only,
  // so a restored scroll position down the page is kept).
  const tabBar = document.querySelector('.process-tabs');
  const currentTab = tabBar?.querySelector('[aria-current]');
  if (tabBar && currentTab && tabBar.scrollWidth > tabBar.clientWidth) {
    const bar = tabBar.getBoundingClientRect();
    const tab = currentTab.getBoundingClientRect();
    tabBar.scrollBy({ left: tab.left - bar.left - (bar.width - tab.width) / 2 });
  }
  // Copy buttons (API tokens shown once).
  for (const button of document.querySelectorAll('[data-copy]')) {
    button.removeAttribute('hidden');
    button.addEventListener('click', () => {
      const target = document.getElementById(button.getAttribute('data-copy') || '');
      if (target && navigator.clipboard) navigator.clipboard.writeText(target.textContent.trim());
    });
  }
});
