// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // Move focus to the error summary so keyboard and screen-reader users hear what to fix.
  const summary = document.querySelector('[data-autofocus]');
  if (summary instanceof HTMLElement) summary.focus();
  // Copy buttons (API tokens shown once).
  for (const button of document.querySelectorAll('[data-copy]')) {
    button.removeAttribute('hidden');
    button.addEventListener('click', () => {
      const target = document.getElementById(button.getAttribute('data-copy') || '');
      if (target && navigator.clipboard) navigator.clipboard.writeText(target.textContent.trim());
    });
  }
});
