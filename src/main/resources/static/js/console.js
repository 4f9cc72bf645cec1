// The console's only script: a confirmation before each lever, and a running run's progress without reloading.
document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
        if (!window.confirm(form.getAttribute('data-confirm'))) {
            event.preventDefault();
        }
    });
});

function showBar(loaded, found) {
    var bar = document.getElementById('bar');
    if (bar) {
        bar.style.width = (found === 0 ? 0 : Math.floor(loaded * 100 / found)) + '%';
    }
}

(function () {
    var progress = document.getElementById('progress');
    if (!progress) {
        return;
    }
    var counts = progress.textContent.split('/');
    showBar(parseInt(counts[0], 10), parseInt(counts[1], 10));
    if (progress.getAttribute('data-running') !== 'true') {
        return;
    }
    var id = progress.getAttribute('data-run');
    var timer = window.setInterval(function () {
        fetch('/runs/' + id + '/progress', {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
            .then(function (response) { return response.json(); })
            .then(function (run) {
                progress.textContent = run.returnsLoaded + '/' + run.returnsFound;
                document.getElementById('status').textContent = run.status;
                showBar(run.returnsLoaded, run.returnsFound);
                if (!run.running) {
                    window.clearInterval(timer);
                    window.location.reload();
                }
            });
    }, 1000);
})();
