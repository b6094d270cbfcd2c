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
