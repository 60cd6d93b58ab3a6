// Ledger import (/Economy/Ledger): while the upload form is posted the page stays until the answer comes,
// so it polls the import's progress (bytes of the file read) and shows it. Without script the form posts
// all the same and the answer shows the result.
(function () {
    var form = document.querySelector("form.ledger-upload");
    if (!form || !window.crypto || !crypto.randomUUID) return;
    form.addEventListener("submit", function () {
        var id = crypto.randomUUID();
        form.querySelector("input[name=progressId]").value = id;
        var box = form.querySelector(".ledger-progress");
        var bar = box.querySelector("progress");
        var text = box.querySelector(".ledger-progress-text");
        box.hidden = false;
        setInterval(function () {
            fetch("/Economy/Ledger?handler=Progress&id=" + encodeURIComponent(id), { credentials: "same-origin" })
                .then(function (response) { return response.ok ? response.json() : null; })
                .then(function (state) {
                    if (!state || !state.total) return;
                    var percent = Math.min(100, Math.round(100 * state.read / state.total));
                    bar.value = percent;
                    text.textContent = percent + " %";
                });
        }, 500);
    });
})();
