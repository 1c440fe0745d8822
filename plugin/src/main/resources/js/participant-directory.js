/*
 * Alongside participant directory: filter-as-you-type over the people already on the page. Progressive enhancement
 * only: without this script the directory lists everyone and the search form (a plain GET form) still works. The
 * words come from the page (data attributes written by the server in the reader's language).
 */
(function () {
    'use strict';

    function ready(callback) {
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', callback);
        } else {
            callback();
        }
    }

    function enhance(results, index) {
        var items = results.querySelectorAll('.alongside-directory__item');
        if (items.length < 2) {
            return;
        }
        var label = results.getAttribute('data-alongside-filter-label') || '';
        var statusWords = results.getAttribute('data-alongside-filter-status') || '';
        var id = 'alongside-directory-filter-' + index;

        var wrapper = document.createElement('div');
        wrapper.className = 'alongside-directory__filter';
        var labelElement = document.createElement('label');
        labelElement.setAttribute('for', id);
        labelElement.textContent = label;
        var input = document.createElement('input');
        input.type = 'search';
        input.id = id;
        input.setAttribute('autocomplete', 'off');
        var status = document.createElement('p');
        status.className = 'alongside-directory__filter-status';
        status.setAttribute('role', 'status');
        wrapper.appendChild(labelElement);
        wrapper.appendChild(input);
        wrapper.appendChild(status);
        results.insertBefore(wrapper, results.firstChild);

        input.addEventListener('input', function () {
            var words = input.value.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
            var shown = 0;
            for (var i = 0; i < items.length; i++) {
                var text = items[i].getAttribute('data-alongside-filter') || '';
                var match = words.every(function (w) { return text.indexOf(w) >= 0; });
                items[i].hidden = !match;
                if (match) {
                    shown++;
                }
            }
            status.textContent = words.length === 0 ? ''
                : statusWords.replace('{0}', String(shown)).replace('{1}', String(items.length));
        });
    }

    ready(function () {
        var all = document.querySelectorAll('.alongside-directory__results[data-alongside-filter-label]');
        for (var i = 0; i < all.length; i++) {
            enhance(all[i], i);
        }
    });
}());
