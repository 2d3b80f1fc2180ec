// Treatywatch map: makes the date and treaty controls live. Without this script the form still
// works (a GET to /), so this only saves the reload. It asks /map/data for the groups on a date
// and repaints the map, the legend counts and the lists. All text goes in through textContent.
(function () {
  "use strict";
  var form = document.getElementById("map-controls");
  var svg = document.getElementById("world-map");
  if (!form || !svg || !window.fetch) { return; }
  var dateInput = document.getElementById("on");
  var treatyInput = document.getElementById("treaty");
  var knownInput = document.getElementById("as-known-on");
  var day = document.getElementById("day");
  var slider = day.closest(".slider");
  var first = new Date(day.dataset.first + "T00:00:00Z");
  slider.hidden = false;
  document.getElementById("show").hidden = true;

  function isoOf(dayIndex) {
    return new Date(first.getTime() + dayIndex * 86400000).toISOString().slice(0, 10);
  }
  function dayOf(iso) {
    return Math.round((new Date(iso + "T00:00:00Z").getTime() - first.getTime()) / 86400000);
  }

  var pending = null, timer = null;
  function refresh() {
    var date = dateInput.value, treaty = treatyInput.value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) { return; }
    if (pending) { pending.abort(); }
    pending = new AbortController();
    var known = knownInput && /^\d{4}-\d{2}-\d{2}$/.test(knownInput.value) ? "&as_known_on=" + knownInput.value : "";
    fetch("/map/data?treaty=" + encodeURIComponent(treaty) + "&on=" + encodeURIComponent(date) + known,
          { signal: pending.signal, headers: { "Accept": "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); })
      .then(paint)
      .catch(function (e) { if (e.name !== "AbortError") { console.warn("map update failed:", e); } });
    markFlags();
  }

  // The states with open flags, from the API: outlined while "Outline the states with open flags" is ticked (CSS).
  function markFlags() {
    fetch("/api/v1/flagged-states", { headers: { "Accept": "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); })
      .then(function (data) {
        var open = {};
        data.items.forEach(function (s) { open[s.state] = s.open_flags; });
        svg.querySelectorAll("path[data-state], circle[data-state]").forEach(function (el) {
          if (open[el.dataset.state]) { el.dataset.openFlags = String(open[el.dataset.state]); }
          else { delete el.dataset.openFlags; }
        });
        var count = document.getElementById("flagged-count");
        if (count) { count.textContent = String(data.items.length); }
      })
      .catch(function (e) { console.warn("open flags not updated:", e); });
  }
  function later() { clearTimeout(timer); timer = setTimeout(refresh, 120); }

  function paint(data) {
    svg.dataset.date = data.date;
    svg.dataset.treaty = data.treaty;
    svg.querySelectorAll("[data-state]").forEach(function (el) {
      var c = data.categories[el.dataset.state] || "NO_DATA";
      var meta = data.labels[c];
      var label = (data.names[el.dataset.state] || el.dataset.state) + ": " + meta.label
          + (data.notes && data.notes[el.dataset.state] ? "; " + data.notes[el.dataset.state] : "");
      if (el.tagName.toLowerCase() === "a") { el.setAttribute("aria-label", label); return; }
      el.setAttribute("class", (el.classList.contains("dot") ? "dot " : "") + "st st-" + meta.css);
      el.dataset.category = c;
      var title = el.querySelector("title");
      if (title) { title.textContent = label; }
    });
    document.querySelectorAll("[data-count]").forEach(function (el) {
      el.textContent = String(data.counts[el.dataset.count] || 0);
    });
    document.querySelectorAll("[data-bind=date]").forEach(function (el) {
      el.textContent = data.date;
      if (el.tagName.toLowerCase() === "time") { el.setAttribute("datetime", data.date); }
    });
    document.querySelectorAll("[data-bind=treaty-name]").forEach(function (el) { el.textContent = data.treatyName; });
    document.querySelectorAll("details[data-list]").forEach(function (details) {
      var ul = details.querySelector("ul");
      ul.replaceChildren();
      (data.lists[details.dataset.list] || []).forEach(function (code) {
        var li = document.createElement("li"), a = document.createElement("a");
        a.href = "/states/" + encodeURIComponent(code);
        a.textContent = data.names[code] || code;
        li.appendChild(a);
        if (data.notes && data.notes[code]) {
          var span = document.createElement("span");
          span.className = "note";
          span.textContent = "(" + data.notes[code] + ")";
          li.appendChild(document.createTextNode(" "));
          li.appendChild(span);
        }
        ul.appendChild(li);
      });
    });
    var marker = document.querySelector(".parties-chart .marker");
    if (marker && typeof data.markerX === "number") {
      marker.setAttribute("x1", data.markerX);
      marker.setAttribute("x2", data.markerX);
      marker.dataset.marker = data.date;
    }
    document.querySelectorAll(".parties-chart [data-marked-count]").forEach(function (el) {
      var m = data.marked && data.marked[el.dataset.markedCount];
      if (!m) { return; }
      el.textContent = String(m.count);
      el.setAttribute("x", data.markerX + (data.markerLabelsLeft ? -5 : 5));
      el.setAttribute("y", m.y - 5);
      el.setAttribute("text-anchor", data.markerLabelsLeft ? "end" : "start");
    });
    ["parties", "withdrawing"].forEach(function (name) {
      document.querySelectorAll("[data-bind=" + name + "]").forEach(function (el) { el.textContent = String(data[name]); });
    });
    history.replaceState(null, "", "/?treaty=" + encodeURIComponent(data.treaty) + "&on=" + data.date
        + (data.asKnownOn ? "&as_known_on=" + data.asKnownOn : ""));
  }

  day.addEventListener("input", function () { dateInput.value = isoOf(Number(day.value)); later(); });
  dateInput.addEventListener("change", function () {
    var d = dayOf(dateInput.value);
    if (!isNaN(d)) { day.value = String(d); }
    refresh();
  });
  treatyInput.addEventListener("change", refresh);
  if (knownInput) { knownInput.addEventListener("change", refresh); }
  form.addEventListener("submit", function (e) { e.preventDefault(); refresh(); });
})();
