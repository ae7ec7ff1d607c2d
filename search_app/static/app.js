// Progressive enhancement only: every control works without this file (links, forms, <details>).
"use strict";

// On a phone the filters fold into a "Filters" bar above the results; on a wide screen they are always open.
const filters = document.getElementById("filters");
if (filters) {
  const narrow = window.matchMedia("(max-width: 760px)");
  const fit = () => { filters.open = !narrow.matches; };
  fit();
  narrow.addEventListener("change", fit);
}

// The chapter list's filter field: hide values that do not match, searching the folded ones too.
document.querySelectorAll(".facet-filter").forEach((box) => {
  const input = box.querySelector("input");
  const empty = box.querySelector(".facet-filter-empty");
  const facet = box.closest(".facet");
  const more = facet.querySelector("details.show-all");
  const wasOpen = { value: more ? more.open : false };
  box.hidden = false;
  input.addEventListener("input", () => {
    const needle = input.value.trim().toLowerCase();
    if (more && needle && !facet.classList.contains("filtering")) wasOpen.value = more.open;
    facet.classList.toggle("filtering", needle.length > 0);
    if (more) more.open = needle.length > 0 || wasOpen.value;
    let shown = 0;
    facet.querySelectorAll(".facet-values li").forEach((item) => {
      item.hidden = needle.length > 0 && !item.textContent.toLowerCase().includes(needle);
      if (!item.hidden) shown += 1;
    });
    empty.hidden = shown > 0;
    empty.textContent = `No chapter matches “${input.value.trim()}”.`;
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && input.value) {
      input.value = "";
      input.dispatchEvent(new Event("input"));
    }
  });
});

// Facet values are links styled as checkboxes: let Space toggle them like a checkbox.
document.querySelectorAll('.facet-value[role="checkbox"]').forEach((link) => {
  link.addEventListener("keydown", (event) => {
    if (event.key === " ") {
      event.preventDefault();
      link.click();
    }
  });
});

// The source viewer: "Back to results" returns to the very search it came from, filters and page included.
const back = document.querySelector("a[data-back]");
if (back && document.referrer) {
  const from = new URL(document.referrer);
  if (from.origin === window.location.origin && from.pathname === new URL(back.href).pathname) back.href = from.href;
}

// The source viewer: bring the opened passage into view (the #fragment alone puts it at the very top).
const target = document.querySelector(".para.target");
if (target) target.scrollIntoView({ block: "center" });
