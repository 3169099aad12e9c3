"use strict";
// newsclean report: reads the two JSON blocks, renders the summary, a virtualised article list
// and one article's detail on demand. Text only ever goes in through textContent.
(function () {
  var t0 = performance.now();
  var ROW = 52;
  var data = JSON.parse(document.getElementById("nc-articles").textContent);
  var summary = JSON.parse(document.getElementById("nc-summary").textContent);
  var view = [];
  var selected = -1;
  var haystacks = null;
  var ruleSets = null;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) if (arguments[i]) parent.appendChild(arguments[i]);
    return parent;
  }
  function byId(id) { return document.getElementById(id); }
  function kindOf(rule) {
    if (rule.indexOf("learned:") === 0) return "learned";
    if (/^(header:|caption|html:figcaption)/.test(rule)) return "field";
    if (/^(html:|main-content:|store:)/.test(rule) ||
        /(:after-gate|related-item|author-bio|no-text)$/.test(rule)) return "structural";
    return "phrase";
  }
  function kindBadge(rule) { var k = kindOf(rule); return el("span", "kind kind-" + k, k); }
  function table(headers, rows, numeric) {
    var t = el("table"), tr = el("tr");
    headers.forEach(function (h, i) { add(tr, el("th", numeric[i] ? "num" : "", h)); });
    add(t, add(el("thead"), tr));
    var body = el("tbody");
    rows.forEach(function (row) {
      var r = el("tr");
      row.forEach(function (cell, i) {
        var td = el("td", numeric[i] ? "num" : "");
        if (cell instanceof Node) td.appendChild(cell); else td.textContent = String(cell);
        r.appendChild(td);
      });
      body.appendChild(r);
    });
    return add(t, body);
  }
  function panel(title, content, note, cls) {
    var p = add(el("section", "panel" + (cls ? " " + cls : "")), el("h2", "", title));
    if (note) add(p, el("p", "note", note));
    return add(p, content);
  }
  function filterLink(text, field, value) {
    var b = el("button", "linkish", text);
    b.type = "button";
    b.addEventListener("click", function () {
      resetFilters();
      byId("f-" + field).value = value;
      show("articles");
      applyFilters();
    });
    return b;
  }

  // --- summary -----------------------------------------------------------------------------
  function renderSummary() {
    var s = summary, root = byId("summary");
    var cards = el("div", "cards");
    cards.id = "cards";
    var items = [["pages", s.pages]].concat(
      Object.keys(s.outcomes).map(function (k) { return [k, s.outcomes[k]]; }));
    items.forEach(function (it) {
      var c = add(el("div", "card"), el("div", "n", it[1]), el("div", "k", it[0]));
      c.dataset.key = it[0];
      cards.appendChild(c);
    });
    add(root, cards);
    if (s.explained < s.pages) {
      add(root, el("p", "note", (s.pages - s.explained) + " of " + s.pages +
        " records were written without --explain: their removed lines are unknown."));
    }
    var grid = el("div", "grid");
    var outs = Object.keys(s.outcomes);
    add(grid, panel("By aggregator", table(["aggregator", "pages"].concat(outs),
      s.aggregators.map(function (a) {
        return [filterLink(a[0], "agg", a[0] === "(publisher page)" ? "-" : a[0]),
          a[1].pages || 0].concat(outs.map(function (o) { return a[1][o] || 0; }));
      }), [0, 1, 1, 1, 1, 1, 1]), null, "wide"));
    add(grid, panel("By host", table(["host", "pages"], s.hosts.map(function (h) {
      return [filterLink(h[0], "host", h[0]), h[1]];
    }), [0, 1]), s.hostCount > s.hosts.length ?
      "the " + s.hosts.length + " largest of " + s.hostCount + " hosts" : null));
    add(grid, panel("Rules that fired most", table(["rule", "lines", "pages"],
      s.rules.map(function (r) {
        var cell = add(el("span"), filterLink(r[0], "rule", r[0]), kindBadge(r[0]));
        return [cell, r[1], r[2]];
      }), [0, 1, 1]), s.ruleCount > s.rules.length ?
      "the " + s.rules.length + " of " + s.ruleCount + " rules that took most lines" : null));
    add(grid, panel("Flags", s.flags.length ? table(["flag", "pages"], s.flags.map(function (f) {
      return [filterLink(f[0], "flag", f[0]), f[1]];
    }), [0, 1]) : el("p", "note", "no page was flagged"), null));
    add(grid, panel("Learned chrome per host", s.learned.length ?
      table(["host", "lines removed", "pages"], s.learned.map(function (l) {
        return [filterLink(l[0], "rule", "learned:" + l[0]), l[1], l[2]];
      }), [0, 1, 1]) : el("p", "note", "no learned:<host> rule fired (NEWSCLEAN_LEARN_CHROME off, or nothing learned yet)"), null));
    if (s.stats) {
      add(grid, panel("Crawl stats (newsclean/*)", table(["stat", "value"],
        Object.keys(s.stats).sort().map(function (k) { return [k, s.stats[k]]; }), [0, 1]), null));
    }
    add(root, grid);
    var bench = byId("bench");
    if (bench) root.appendChild(bench);
  }

  // --- the article list ----------------------------------------------------------------------
  function ruleSet(i) {
    if (!ruleSets) ruleSets = [];
    var set = ruleSets[i];
    if (!set) {
      set = ruleSets[i] = Object.create(null);
      var a = data[i];
      (a.ln || []).forEach(function (l) { if (l[1] !== null) set[l[1]] = true; });
      (a.rm || []).forEach(function (r) { set[r[1]] = true; });
    }
    return set;
  }
  function haystack(i) {
    if (!haystacks) haystacks = [];
    var h = haystacks[i];
    if (h === undefined) {
      var a = data[i];
      var parts = [a.u, a.h, a.pub, a.sec, a.by, a.host, a.agg, a.fl.join(" "), a.au.join(" "),
        a.org.join(" "), a.body || ""];
      (a.ln || []).forEach(function (l) { parts.push(l[0], l[1] || ""); });
      (a.rm || []).forEach(function (r) { parts.push(r[0], r[1]); });
      h = haystacks[i] = parts.join("\n").toLowerCase();
    }
    return h;
  }
  function fillSelect(id, label, values) {
    var s = byId(id);
    var all = el("option", "", label);
    all.value = "";
    s.appendChild(all);
    values.forEach(function (v) {
      var o = el("option", "", v[1] === undefined ? v[0] : v[0] + " (" + v[1] + ")");
      o.value = v[0];
      s.appendChild(o);
    });
    s.addEventListener("change", applyFilters);
  }
  function resetFilters() {
    ["f-agg", "f-host", "f-out", "f-rule", "f-flag"].forEach(function (id) { byId(id).value = ""; });
    byId("search").value = "";
  }
  function applyFilters() {
    var q = byId("search").value.trim().toLowerCase();
    var agg = byId("f-agg").value, host = byId("f-host").value, out = byId("f-out").value;
    var rule = byId("f-rule").value, flag = byId("f-flag").value;
    view = [];
    for (var i = 0; i < data.length; i++) {
      var a = data[i];
      if (agg && a.agg !== (agg === "-" ? "" : agg)) continue;
      if (host && a.host !== host) continue;
      if (out && a.out !== out && !(out === "truncated" && a.tr)) continue;
      if (flag && !a.fl.some(function (f) { return f.split(":")[0] === flag; })) continue;
      if (rule && !ruleSet(i)[rule]) continue;
      if (q && haystack(i).indexOf(q) < 0) continue;
      view.push(i);
    }
    byId("count").textContent = view.length + " of " + data.length + " articles";
    byId("list-spacer").style.height = (view.length * ROW) + "px";
    byId("list").scrollTop = 0;
    drawRows(true);
  }
  var drawn = "";
  function drawRows(force) {
    var list = byId("list"), spacer = byId("list-spacer");
    var first = Math.max(0, Math.floor(list.scrollTop / ROW) - 5);
    var last = Math.min(view.length, Math.ceil((list.scrollTop + list.clientHeight) / ROW) + 5);
    var key = first + ":" + last;
    if (!force && key === drawn) return;
    drawn = key;
    spacer.replaceChildren();
    for (var k = first; k < last; k++) {
      var i = view[k], a = data[i];
      var row = el("div", "row" + (i === selected ? " selected" : ""));
      row.style.top = (k * ROW) + "px";
      row.dataset.index = String(i);
      var title = add(el("div", "t"), el("span", "out out-" + a.out, a.out));
      title.appendChild(document.createTextNode(a.h || a.u || "(no headline)"));
      add(row, title, el("div", "s", [a.agg || "publisher", a.host, a.pub || ""].filter(Boolean).join(" · ")));
      spacer.appendChild(row);
    }
  }

  // --- one article ---------------------------------------------------------------------------
  function fieldRows(a) {
    var rows = [
      ["URL", a.u], ["canonical URL", a.cu], ["aggregator", a.agg || "(publisher page)"],
      ["publisher", a.pub], ["section", a.sec], ["headline", a.h], ["description", a.desc],
      ["byline (raw)", a.by], ["→ authors", a.au.join("; ")], ["→ organisations", a.org.join("; ")],
      ["published", a.dp ? a.dp + (a.dpr ? "  ← “" + a.dpr + "”" : "") : a.dpr],
      ["modified", a.dm ? a.dm + (a.dmr ? "  ← “" + a.dmr + "”" : "") : a.dmr],
      ["language", a.lang], ["truncated", a.tr ? "yes: the body stops at a gate" : "no"],
      ["flags", a.fl.join("; ")]
    ];
    return rows.filter(function (r) { return r[1]; });
  }
  function lineRow(n, text, rule, gate) {
    var row = el("div", "ln " + (rule === null ? "kept" : "removed") + (gate ? " gate" : ""));
    add(row, el("span", "no", n));
    var tx = el("span", "tx");
    if (rule === null) tx.textContent = text; else add(tx, el("del", "", text));
    row.appendChild(tx);
    if (rule !== null) {
      var r = add(el("span", "rule"), el("code", "", rule), kindBadge(rule));
      if (gate) add(r, el("div", "gate-mark", "▲ gate: truncated set here"));
      row.appendChild(r);
      row.dataset.rule = rule;
    }
    return row;
  }
  function renderDetail(i) {
    selected = i;
    var a = data[i], d = byId("detail");
    d.replaceChildren();
    d.dataset.index = String(i);
    add(d, panel(a.h || a.u || "(no headline)",
      add(el("table", "fields"), fieldRows(a).reduce(function (body, r) {
        return add(body, add(el("tr"), el("th", "", r[0]), el("td", "", r[1])));
      }, el("tbody"))), null));
    if (a.img.length) {
      add(d, panel("Images (" + a.img.length + ")", table(["url", "caption", "credit"], a.img,
        [0, 0, 0]), null));
    }
    var lines = el("div", "lines");
    lines.id = "lines";
    if (a.ln) {
      var removed = 0;
      a.ln.forEach(function (l, n) {
        if (l[1] !== null) removed++;
        lines.appendChild(lineRow(n + 1, l[0], l[1], l[2] === 1));
      });
      var gated = a.ln.some(function (l) { return l[2] === 1; });
      var shape = a.fl.filter(function (f) { return f.indexOf("truncated:") === 0; })[0];
      add(d, panel("Lines in page order (" + a.ln.length + ", " + removed + " removed)", lines,
        "Struck-through lines left the body; the label names the rule or header field that took them." +
        (a.tr && !gated ? (shape ? " Truncated by the text's shape (" + shape.slice(11) + "): no line is the gate." :
          " Truncated by the page's markup (a paywall element before the lines were made): no line is the gate.") : "")));
    } else {
      (a.body ? a.body.split("\n\n") : []).forEach(function (p, n) {
        lines.appendChild(lineRow(n + 1, p, null, false));
      });
      add(d, panel("Body", lines, a.ex ? "Written without metadata.lines: the removed lines below are grouped by rule, not in page order." :
        "Written without --explain: only the body is known."));
    }
    if (a.rm && a.rm.length) {
      var rm = el("div", "lines");
      rm.id = "outside";
      a.rm.forEach(function (r, n) { rm.appendChild(lineRow(n + 1, r[0], r[1], false)); });
      add(d, panel("Removed outside the line order (" + a.rm.length + ")", rm,
        "Blocks the HTML stage removed before lines were made (drop selectors, text outside the " +
        "article or main content), and fragments cut from inside a line."));
    }
    d.scrollTop = 0;
    drawRows(true);
  }

  function route() {
    var m = /^#article=(\d+)$/.exec(location.hash);
    var i = m ? Number(m[1]) : -1;
    if (i < 0 || i >= data.length) return;
    show("articles");
    var k = view.indexOf(i);
    if (k < 0) { resetFilters(); applyFilters(); k = view.indexOf(i); }
    var list = byId("list");
    list.scrollTop = Math.max(0, k * ROW - list.clientHeight / 2);
    drawRows(true);
    renderDetail(i);
  }

  // --- wiring --------------------------------------------------------------------------------
  function show(which) {
    ["summary", "articles"].forEach(function (name) {
      byId(name).classList.toggle("hidden", name !== which);
      byId("tab-" + name).setAttribute("aria-selected", String(name === which));
    });
    if (which === "articles") drawRows(true);
  }
  function init() {
    byId("meta").textContent = summary.pages + " pages · " + (summary.generated || "");
    renderSummary();
    fillSelect("f-agg", "all aggregators", summary.aggregators.map(function (a) {
      return [a[0] === "(publisher page)" ? "-" : a[0], a[1].pages];
    }));
    fillSelect("f-host", "all hosts", summary.allHosts.map(function (h) { return [h]; }));
    fillSelect("f-out", "all outcomes", Object.keys(summary.outcomes).map(function (k) {
      return [k, summary.outcomes[k]];
    }));
    fillSelect("f-rule", "any rule", summary.allRules.map(function (r) { return [r]; }));
    fillSelect("f-flag", "any flag", summary.flags);
    var timer = 0;
    byId("search").addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(applyFilters, 120);
    });
    byId("list").addEventListener("scroll", function () { drawRows(false); }, { passive: true });
    byId("list").addEventListener("click", function (e) {
      var row = e.target.closest(".row");
      if (row) {
        history.replaceState(null, "", "#article=" + row.dataset.index);
        renderDetail(Number(row.dataset.index));
      }
    });
    byId("tab-summary").addEventListener("click", function () { show("summary"); });
    byId("tab-articles").addEventListener("click", function () { show("articles"); });
    applyFilters();
    show("summary");
    window.addEventListener("hashchange", route);
    route();
    document.body.dataset.renderMs = String(Math.round(performance.now() - t0));
    document.body.dataset.ready = "1";
  }
  init();
})();
