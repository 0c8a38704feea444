// async-audit --format=html: the report's filters, embedded at build time
// (lib/CMakeLists.txt) and allowed by the page's Content-Security-Policy
// through its SHA-256 hash. The page shows every finding without it.
//
// Each finding is an <article class="finding"> whose data-category,
// data-check and data-file attributes the <select>s of #filters match. The
// URL fragment holds the selection (#category=file-io&file=...), so a
// filtered view can be linked; a fragment without '=' (#finding-3) is an
// anchor and leaves the filters alone.
"use strict";
(function () {
  const form = document.getElementById("filters");
  if (!form) return;
  const keys = ["category", "check", "file"];
  const selects = {};
  for (const key of keys) selects[key] = form.elements.namedItem(key);
  const findings = Array.from(document.querySelectorAll("article.finding"));
  const shown = document.getElementById("shown");

  function hasOption(select, value) {
    return Array.from(select.options).some((o) => o.value === value);
  }

  function apply() {
    let count = 0;
    for (const f of findings) {
      const match = keys.every(
        (k) => selects[k].value === "" || f.dataset[k] === selects[k].value);
      f.hidden = !match;
      if (match) ++count;
    }
    shown.textContent = count + " of " + findings.length + " finding" +
      (findings.length === 1 ? "" : "s") + " shown";
  }

  function fromFragment() {
    if (!location.hash.includes("=")) return;
    const params = new URLSearchParams(location.hash.slice(1));
    for (const key of keys) {
      const value = params.get(key) || "";
      selects[key].value = hasOption(selects[key], value) ? value : "";
    }
    apply();
  }

  function toFragment() {
    const params = new URLSearchParams();
    for (const key of keys)
      if (selects[key].value !== "") params.set(key, selects[key].value);
    const text = params.toString();
    // Replaced, not pushed: changing a filter adds no history entry.
    location.replace("#" + text);
  }

  form.addEventListener("change", () => { apply(); toFragment(); });
  form.addEventListener("submit", (e) => e.preventDefault());
  document.getElementById("show-all").addEventListener("click", () => {
    for (const key of keys) selects[key].value = "";
    apply();
    toFragment();
  });
  window.addEventListener("hashchange", fromFragment);
  form.hidden = false;
  apply();
  fromFragment();
})();
