"use strict";
// Sortable department table and a text filter. No library, no innerHTML: rows are moved, never rebuilt.
(function () {
  var table = document.getElementById("dept-table");
  if (!table) { return; }
  var body = table.tBodies[0];
  var heads = table.tHead.rows[0].cells;

  function value(row, index, numeric) {
    var raw = row.cells[index].getAttribute("data-sort");
    if (raw === null) { raw = row.cells[index].textContent; }
    if (raw === "") { return null; }
    return numeric ? parseFloat(raw) : raw;
  }

  function sortBy(index, descending) {
    var numeric = heads[index].getAttribute("data-type") === "num";
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = value(a, index, numeric), y = value(b, index, numeric);
      if (x === null || y === null) { return (x === null) - (y === null); }  // missing last
      var c = numeric ? x - y : x.localeCompare(y, "zh-CN");
      return descending ? -c : c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    for (var i = 0; i < heads.length; i++) { heads[i].removeAttribute("aria-sort"); }
    heads[index].setAttribute("aria-sort", descending ? "descending" : "ascending");
  }

  function keyIndex(key) {
    for (var i = 0; i < heads.length; i++) { if (heads[i].getAttribute("data-key") === key) { return i; } }
    return -1;
  }

  Array.prototype.forEach.call(heads, function (th, index) {
    th.addEventListener("click", function () {
      var numeric = th.getAttribute("data-type") === "num";
      var current = th.getAttribute("aria-sort");
      sortBy(index, current ? current === "ascending" : numeric);
    });
  });

  // A link can carry a sort: report.html#sort=rate_computed:asc
  var m = /[#&]sort=([a-z_]+)(?::(asc|desc))?/.exec(window.location.hash);
  if (m && keyIndex(m[1]) >= 0) {
    var idx = keyIndex(m[1]);
    var desc = m[2] ? m[2] === "desc" : heads[idx].getAttribute("data-type") === "num";
    sortBy(idx, desc);
  }

  var filter = document.getElementById("table-filter");
  if (filter) {
    filter.addEventListener("input", function () {
      var q = filter.value.trim();
      Array.prototype.forEach.call(body.rows, function (r) {
        r.hidden = q !== "" && r.textContent.indexOf(q) < 0;
      });
    });
  }
  table.setAttribute("data-sortable", "ready");
})();

// Flags by review state: open = not reviewed yet, or to follow up.
(function () {
  var select = document.getElementById("review-filter");
  if (!select) { return; }
  function apply() {
    var want = select.value;
    var flags = document.querySelectorAll("div.flag[data-review]");
    Array.prototype.forEach.call(flags, function (f) {
      var state = f.getAttribute("data-review");
      var open = state === "unreviewed" || state === "follow_up";
      f.hidden = !(want === "all" || want === state || (want === "open" && open));
    });
  }
  select.addEventListener("change", apply);
  var m = /[#&]review=([a-z_]+)/.exec(window.location.hash);
  if (m) { select.value = m[1]; }
  apply();
  select.setAttribute("data-ready", "ready");
})();
