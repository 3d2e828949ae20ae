// Results that follow the search box as one types. The form works without this script: it is a plain GET form whose
// address holds the whole search. With it, the results region is fetched and swapped in place after a short pause,
// and the address bar is kept in step so the search can still be bookmarked.
(function () {
  'use strict';

  const PAUSE_MS = 300;

  function addressOf(form) {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (value !== '') {
        params.append(name, value);
      }
    }
    const query = params.toString();
    return form.getAttribute('action') + (query ? '?' + query : '');
  }

  function attach(form) {
    const target = document.querySelector(form.dataset.liveSearch);
    if (!target) {
      return;
    }
    let timer = null;
    let latest = null;

    async function refresh() {
      const address = addressOf(form);
      latest = address;
      try {
        const response = await fetch(address, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' });
        if (!response.ok || latest !== address) {
          return;
        }
        const page = new DOMParser().parseFromString(await response.text(), 'text/html');
        const fresh = page.querySelector(form.dataset.liveSearch);
        if (fresh) {
          target.replaceChildren(...fresh.childNodes);
          window.history.replaceState(null, '', address);
        }
      } catch (ignored) {
        // Offline or refused: the form still submits the ordinary way.
      }
    }

    function later() {
      window.clearTimeout(timer);
      timer = window.setTimeout(refresh, PAUSE_MS);
    }

    form.addEventListener('input', later);
    form.addEventListener('change', later);
  }

  document.querySelectorAll('form[data-live-search]').forEach(attach);
}());
