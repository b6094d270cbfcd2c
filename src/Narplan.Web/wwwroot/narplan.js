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
