// Progressive enhancement only: every control works without this file.
document.querySelectorAll(".facet-filter-input").forEach((input) => {
  const list = document.getElementById("values-" + input.dataset.facet);
  input.addEventListener("input", () => {
    const needle = input.value.trim().toLowerCase();
    list.classList.toggle("expanded", needle.length > 0);
    list.querySelectorAll("li").forEach((item) => {
      item.hidden = needle.length > 0 && !item.textContent.toLowerCase().includes(needle);
    });
  });
});
document.querySelectorAll("details.show-all").forEach((details) => {
  const list = details.previousElementSibling;
  details.addEventListener("toggle", () => list.classList.toggle("expanded", details.open));
});
const target = document.querySelector(".para.target");
if (target) target.scrollIntoView({ block: "center" });
