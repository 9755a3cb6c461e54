// Glasshouse: sortable tables, progressively. A table with class "sortable" gets a button in each
// column heading (except those marked data-nosort); pressing it orders the rows by that column,
// by the cell's data-sort value when it has one, else by its text (numbers as numbers). Without
// scripts the table is complete, in the order the site wrote it. No dependencies.
(function () {
  "use strict";
  function key(cell) {
    if (!cell) return { missing: true };
    var raw = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
    var number = parseFloat(raw.replace(/[^0-9.eE+-]/g, ""));
    return /^[≈\s]*[-+]?[0-9]/.test(raw) ? { number: number } : { text: raw.toLowerCase() };
  }
  function compare(a, b) {
    if (a.missing || b.missing) return a.missing === b.missing ? 0 : a.missing ? 1 : -1;
    if (a.number !== undefined && b.number !== undefined) return a.number - b.number;
    if (a.number !== undefined) return -1;
    if (b.number !== undefined) return 1;
    return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
  }
  function sortBy(table, index, heading) {
    var body = table.tBodies[0];
    var ascending = heading.getAttribute("aria-sort") !== "ascending";
    var rows = Array.prototype.slice.call(body.rows);
    var keyed = rows.map(function (row, position) {
      var cell = row.cells.length === table.tHead.rows[0].cells.length ? row.cells[index] : null;
      return { row: row, key: key(cell), position: position };
    });
    keyed.sort(function (a, b) {
      var order = compare(a.key, b.key);
      if (a.key.missing || b.key.missing) return order || a.position - b.position;
      return (ascending ? order : -order) || a.position - b.position;
    });
    keyed.forEach(function (entry) { body.appendChild(entry.row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) { other.removeAttribute("aria-sort"); });
    heading.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    if (!table.tHead || !table.tBodies.length) return;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (heading, index) {
      if (heading.hasAttribute("data-nosort")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (heading.firstChild) button.appendChild(heading.firstChild);
      heading.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, index, heading); });
    });
  });
})();
