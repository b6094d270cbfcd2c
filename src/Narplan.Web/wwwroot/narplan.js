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

// Phone first (issue 18). A wide table or chart scrolls inside its own region instead of the whole page: every table in
// the main content sits in a .table-wrap; one that overflows becomes a named, focusable region (so a keyboard user can
// scroll it; axe scrollable-region-focusable) with a visible cue. Re-run after Blazor's enhanced navigation.
(function () {
    function label(region) {
        if (region.hasAttribute('data-label')) {
            return region.getAttribute('data-label') + ' (rullas i sidled)';
        }
        var caption = region.querySelector('caption, figcaption');
        var text = caption ? caption.textContent.trim() : '';
        return (text || 'Tabell') + ' (rullas i sidled)';
    }

    function wrapTables(root) {
        root.querySelectorAll('main table').forEach(function (table) {
            if (table.closest('.table-wrap, .scroll-x')) {
                return;
            }
            var wrap = document.createElement('div');
            wrap.className = 'table-wrap';
            table.parentNode.insertBefore(wrap, table);
            wrap.appendChild(table);
        });
        root.querySelectorAll('main .table-wrap, main .scroll-x').forEach(function (region) {
            var scrolls = region.scrollWidth > region.clientWidth + 1;
            region.classList.toggle('scrolls', scrolls);
            if (scrolls) {
                region.setAttribute('tabindex', '0');
                region.setAttribute('role', 'region');
                region.setAttribute('data-auto-region', '');
                if (!region.hasAttribute('aria-label')) {
                    region.setAttribute('aria-label', label(region));
                }
                if (!region.previousElementSibling || !region.previousElementSibling.classList.contains('scroll-cue')) {
                    var cue = document.createElement('p');
                    cue.className = 'scroll-cue shown';
                    cue.setAttribute('aria-hidden', 'true');
                    cue.textContent = 'Svep i sidled för att se hela tabellen →';
                    region.parentNode.insertBefore(cue, region);
                }
            } else if (region.hasAttribute('data-auto-region')) {
                region.removeAttribute('tabindex');
                region.removeAttribute('role');
                region.removeAttribute('aria-label');
                region.removeAttribute('data-auto-region');
                var old = region.previousElementSibling;
                if (old && old.classList.contains('scroll-cue')) {
                    old.remove();
                }
            }
        });
    }

    // A form that came back with errors: move to the first wrong field, keep what was written, and say what is wrong.
    function announceFormErrors() {
        var invalid = document.querySelector('main [aria-invalid=true], main input.invalid, main select.invalid, main textarea.invalid');
        // The wrong field's own message first (aria-describedby), then the first message next to a field, then the summary.
        var described = invalid && invalid.getAttribute('aria-describedby');
        var message = (described && document.getElementById(described.split(' ')[0]))
            || document.querySelector('main .field-error, main .validation-message')
            || document.querySelector('main .validation-errors li, main .alert-error');
        if (!invalid && !message) {
            return;
        }
        var live = document.getElementById('narplan-announcer');
        if (!live) {
            live = document.createElement('div');
            live.id = 'narplan-announcer';
            live.className = 'visually-hidden';
            live.setAttribute('role', 'status');
            live.setAttribute('aria-live', 'assertive');
            document.body.appendChild(live);
        }
        var target = invalid || message;
        target.scrollIntoView({ block: 'center' });
        if (invalid && typeof invalid.focus === 'function') {
            invalid.focus({ preventScroll: true });
        }
        // The field's name, not its message: the message itself is read with the focused field (aria-describedby)
        // and stays the only element on the page with that text.
        var name = invalid && invalid.labels && invalid.labels.length ? invalid.labels[0].textContent.trim() : '';
        window.setTimeout(function () {
            live.textContent = name ? 'Formuläret har fel. Rätta ' + name + '.' : 'Formuläret har fel. Rätta det markerade.';
        }, 150);
    }

    var pending = false;
    function refresh() {
        if (pending) {
            return;
        }
        pending = true;
        window.requestAnimationFrame(function () {
            pending = false;
            wrapTables(document);
        });
    }

    function start() {
        wrapTables(document);
        if (document.querySelector('main form') && (document.querySelector('main [aria-invalid=true], main .field-error, main .validation-message, main input.invalid'))) {
            announceFormErrors();
        }
        new MutationObserver(refresh).observe(document.body, { childList: true, subtree: true });
        window.addEventListener('resize', refresh);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();

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
