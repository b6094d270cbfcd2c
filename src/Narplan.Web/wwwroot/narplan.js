// Närplan's few browser behaviours, as a file: the Content-Security-Policy allows no inline script
// (decision 0031). Delegated from the document, so they survive Blazor's enhanced navigation.
document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) {
        return;
    }

    if (target.closest('[data-print]')) {
        window.print();
        return;
    }

    var copy = target.closest('[data-copy-from]');
    if (copy && navigator.clipboard) {
        var source = document.getElementById(copy.getAttribute('data-copy-from'));
        if (source) {
            navigator.clipboard.writeText(source.value !== undefined ? source.value : source.textContent);
        }
    }
});

// Long work (issue 18): a form marked data-busy ("Gör årsplan", "Planera om", import preview) or a download link marked
// data-download shows "Arbetar…", sets aria-busy and ignores a second press until the work is done. A form's answer is
// the next page, which says what was done; a download is fetched here and the page says when the file is saved.
(function () {
    function status(near, text) {
        var box = near.parentNode && near.parentNode.querySelector(':scope > .busy-status');
        if (!box) {
            box = document.createElement('span');
            box.className = 'busy-status';
            box.setAttribute('role', 'status');
            near.insertAdjacentElement('afterend', box);
        }
        box.textContent = text;
    }

    function setBusy(element, label, busy) {
        if (busy) {
            element.setAttribute('data-busy-label', element.textContent);
            element.textContent = label;
            element.setAttribute('aria-disabled', 'true');
            element.classList.add('is-busy');
        } else if (element.hasAttribute('data-busy-label')) {
            element.textContent = element.getAttribute('data-busy-label');
            element.removeAttribute('data-busy-label');
            element.removeAttribute('aria-disabled');
            element.classList.remove('is-busy');
        }
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-busy')) {
            return;
        }

        if (form.getAttribute('aria-busy') === 'true') {
            event.preventDefault();
            return;
        }

        // The button keeps its name and value (a disabled one would not be sent); presses are refused by aria-busy.
        var button = event.submitter || form.querySelector('[type=submit]');
        form.setAttribute('aria-busy', 'true');
        if (button) {
            setBusy(button, 'Arbetar…', true);
            status(button, form.getAttribute('data-busy') || 'Arbetar… sidan visar resultatet när det är klart.');
        }
    });

    document.addEventListener('click', function (event) {
        var target = event.target instanceof Element ? event.target : null;
        var busyButton = target && target.closest('form[aria-busy=true] [type=submit]');
        if (busyButton) {
            event.preventDefault();
            return;
        }

        var link = target && target.closest('a[data-download]');
        if (!link || !window.fetch || event.ctrlKey || event.metaKey || event.shiftKey) {
            return;
        }

        event.preventDefault();
        if (link.getAttribute('aria-busy') === 'true') {
            return;
        }

        // The link's text stays (it may hold hidden words for screen readers); the status beside it says what happens.
        link.setAttribute('aria-busy', 'true');
        link.classList.add('is-busy');
        status(link, 'Arbetar… filen tas fram.');
        fetch(link.href, { credentials: 'same-origin' }).then(function (response) {
            if (!response.ok) {
                throw new Error(String(response.status));
            }

            var disposition = response.headers.get('Content-Disposition') || '';
            var match = /filename\*=UTF-8''([^;]+)/i.exec(disposition) || /filename="?([^";]+)"?/i.exec(disposition);
            var name = match ? decodeURIComponent(match[1]) : (link.getAttribute('download') || 'fil');
            return response.blob().then(function (blob) {
                var url = URL.createObjectURL(blob);
                var save = document.createElement('a');
                save.href = url;
                save.download = name;
                document.body.appendChild(save);
                save.click();
                save.remove();
                setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
                status(link, 'Klart: ' + name + ' är nedladdad.');
            });
        }).catch(function (error) {
            status(link, 'Filen kunde inte hämtas (' + error.message + '). Försök igen.');
        }).finally(function () {
            link.removeAttribute('aria-busy');
            link.classList.remove('is-busy');
        });
    });

    // Back to a page from the browser's cache: its forms are no longer busy.
    window.addEventListener('pageshow', function () {
        document.querySelectorAll('form[aria-busy=true]').forEach(function (form) {
            form.removeAttribute('aria-busy');
            form.querySelectorAll('[data-busy-label]').forEach(function (button) { setBusy(button, '', false); });
            form.querySelectorAll('.busy-status').forEach(function (box) { box.remove(); });
        });
    });
})();
