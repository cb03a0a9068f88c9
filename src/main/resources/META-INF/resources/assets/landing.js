// Fills in "What it holds" on the landing page: one request to the API, the query being the one
// the page carries in data-query (shown in the explorer through the link beside the counts).
(function () {
  'use strict';
  var section = document.getElementById('holdings');
  if (!section) {
    return;
  }
  var status = document.getElementById('holdings-status');
  var cells = section.querySelectorAll('[data-count]');

  function show(result) {
    cells.forEach(function (cell) {
      var list = result.data[cell.getAttribute('data-count')];
      cell.textContent = list.totalCount.toLocaleString('en');
    });
    section.setAttribute('aria-busy', 'false');
  }

  function fail(error) {
    cells.forEach(function (cell) {
      cell.textContent = '–';
    });
    section.setAttribute('aria-busy', 'false');
    status.textContent = 'The counts could not be loaded (' + error.message + ').';
  }

  fetch(section.getAttribute('data-endpoint'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query: section.getAttribute('data-query') })
  })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (result) {
      if (result.errors && result.errors.length) {
        throw new Error(result.errors[0].message);
      }
      show(result);
    })
    .catch(fail);
})();
