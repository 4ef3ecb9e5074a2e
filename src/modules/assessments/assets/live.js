// Progressive enhancement for the scoring page: tells an assessor when someone else saves an item
// while their page is open. Without this script, a reload shows the same saves.
(() => {
  const root = document.querySelector('[data-live]');
  if (!root || !window.fetch) return;
  const url = root.getAttribute('data-live');
  const check = async () => {
    try {
      const response = await fetch(url, {
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
      });
      if (!response.ok) return;
      const body = await response.json();
      for (const item of body.items) {
        for (const section of root.querySelectorAll('[data-item]')) {
          if (section.getAttribute('data-item') !== item.id) continue;
          if (String(item.version) === section.getAttribute('data-version')) continue;
          const notice = section.querySelector('[data-stale]');
          if (notice) notice.hidden = false;
        }
      }
    } catch {
      // Offline or signed out: the next reload tells the same.
    }
  };
  setInterval(check, 20000);
})();
