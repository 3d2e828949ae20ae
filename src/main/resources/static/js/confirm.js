// Asks before a form that cannot be undone is sent: forms with a data-confirm attribute show its text and are
// sent only if the official agrees. Without JavaScript they are sent straight away.
(function () {
  'use strict';
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.dataset.confirm)) {
        event.preventDefault();
      }
    });
  });
})();
