// Suggestions for the name fields of the officials' forms (inputs with data-lookup). As the official types, records
// that match are fetched and offered in the field's datalist; picking one stores its id in the hidden field next to it, and
// typing something else clears that id so the typed name is used instead.
(function () {
  'use strict';

  function attach(input) {
    var list = document.getElementById(input.getAttribute('list'));
    var idField = input.form.querySelector('input[type=hidden][name="' + input.dataset.lookupId + '"]');
    var byLabel = {};
    var pending;

    function show(suggestions) {
      byLabel = {};
      list.replaceChildren();
      suggestions.forEach(function (suggestion) {
        var option = document.createElement('option');
        option.value = suggestion.label;
        if (suggestion.hint) {
          option.label = suggestion.label + ' (' + suggestion.hint + ')';
        }
        byLabel[suggestion.label] = suggestion.id;
        list.appendChild(option);
      });
    }

    input.addEventListener('input', function () {
      var chosen = byLabel[input.value];
      idField.value = (chosen !== undefined) ? chosen : '';
      if (chosen !== undefined || input.value.trim().length < 2) {
        return;
      }
      clearTimeout(pending);
      pending = setTimeout(function () {
        var url = input.dataset.lookup + '?q=' + encodeURIComponent(input.value.trim());
        fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(show)
          .catch(function () { show([]); });
      }, 200);
    });
  }

  document.querySelectorAll('input[data-lookup]').forEach(attach);
})();
