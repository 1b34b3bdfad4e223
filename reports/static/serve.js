// The review page (`footprint serve`): decisions sent in the background, filters and pages
// fetched without reloading, and one-key shortcuts (j/k move, c/d/a/u decide, / filters).
// Served from the page's own origin ('self' in its Content-Security-Policy); every text it
// shows comes translated from the server, so this file holds no words of its own.
(function () {
  "use strict";
  var csrf = document.querySelector('meta[name="csrf-token"]').getAttribute("content");
  var results = document.getElementById("results");
  var shown = document.getElementById("shown-count");
  var left = document.getElementById("left");
  var announcer = document.getElementById("announce");
  var filters = document.querySelector("form.filters");
  var shortcuts = document.getElementById("shortcuts");
  var STORED = "footprint-serve-shortcuts";
  document.documentElement.classList.add("js");

  try {
    if (window.localStorage.getItem(STORED) === "off") { shortcuts.checked = false; }
  } catch (ignored) { /* storage may be refused; the shortcuts then stay on */ }
  shortcuts.addEventListener("change", function () {
    try { window.localStorage.setItem(STORED, shortcuts.checked ? "on" : "off"); } catch (ignored) { /* as above */ }
  });

  function announce(text) {
    // Emptied first, so the same words said twice are announced twice.
    announcer.textContent = "";
    window.setTimeout(function () { announcer.textContent = text; }, 30);
  }

  function cards() { return Array.prototype.slice.call(results.querySelectorAll("li.finding")); }

  function currentCard() {
    var active = document.activeElement;
    return active && active.closest ? active.closest("#results li.finding") : null;
  }

  function focusCard(card) {
    if (!card) { return; }
    var article = card.querySelector("article");
    article.focus();
    card.scrollIntoView({block: "nearest"});
  }

  function parse(html) {
    var template = document.createElement("template");
    template.innerHTML = html;
    return template.content;
  }

  // ------------------------------------------------------------------ filters and pages

  function query(form) {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) { params.append(key, value); });
    return params.toString();
  }

  var loading = 0;
  function load(search, then, push) {
    var ticket = ++loading;
    document.body.classList.add("busy");
    return fetch("/results?" + search, {credentials: "same-origin", headers: {"Accept": "application/json"}})
      .then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      })
      .then(function (data) {
        if (ticket !== loading) { return; }  // a later request replaced this one
        results.replaceChildren(parse(data.html));
        shown.textContent = data.shown;
        left.textContent = data.left;
        if (push) { window.history.pushState(null, "", data.url); } else { window.history.replaceState(null, "", data.url); }
        if (then) { then(); }
      })
      .catch(function () { window.location.assign("/?" + search); })
      .finally(function () { if (ticket === loading) { document.body.classList.remove("busy"); } });
  }

  filters.addEventListener("change", function () { load(query(filters)); });
  filters.addEventListener("submit", function (event) { event.preventDefault(); load(query(filters)); });
  window.addEventListener("popstate", function () { window.location.reload(); });

  function turnPage(which, then) {
    var link = results.querySelector('.pager a[data-page="' + which + '"]');
    if (!link) { return false; }
    load(new URL(link.href).search.slice(1), then, true);
    return true;
  }

  results.addEventListener("click", function (event) {
    var link = event.target.closest(".pager a[data-page]");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
    event.preventDefault();
    turnPage(link.getAttribute("data-page"), function () { focusCard(cards()[0]); });
  });

  // ------------------------------------------------------------------------- decisions

  function decide(form, decision, byKey) {
    var card = form.closest("li.finding");
    var error = form.querySelector(".error");
    var note = form.querySelector("textarea[name=note]");
    if (decision === "accept" && !note.value.trim()) {
      var details = form.querySelector("details.accept");
      details.open = true;
      error.textContent = results.getAttribute("data-need-note");
      note.focus();
      return;
    }
    var body = new URLSearchParams();
    body.set("id", form.querySelector("input[name=id]").value);
    body.set("decision", decision);
    body.set("lang", document.documentElement.lang);
    body.set("back", form.querySelector("input[name=back]").value);
    if (decision === "accept") { body.set("note", note.value); }
    var started = performance.now();
    fetch("/decide", {
      method: "POST",
      credentials: "same-origin",
      headers: {"Accept": "application/json", "X-CSRF-Token": csrf, "Content-Type": "application/x-www-form-urlencoded"},
      body: body.toString(),
    })
      .then(function (response) {
        return response.json().then(function (data) { return {ok: response.ok, data: data}; });
      })
      .then(function (answer) {
        var data = answer.data;
        if (!answer.ok) {
          error.textContent = data.error || String(data);
          if (decision === "accept") { note.focus(); }
          announce(error.textContent);
          return;
        }
        var fresh = parse(data.card).querySelector("li.finding");
        card.replaceWith(fresh);
        left.textContent = data.left;
        announce(data.message);
        document.body.setAttribute("data-last-decision-ms", String(Math.round(performance.now() - started)));
        var list = cards();
        var next = list[list.indexOf(fresh) + 1];
        if (byKey && decision !== "undo" && next) { focusCard(next); } else { focusCard(fresh); }
      })
      .catch(function () { error.textContent = results.getAttribute("data-failed"); announce(error.textContent); });
  }

  results.addEventListener("submit", function (event) {
    var form = event.target.closest("form.decide");
    if (!form) { return; }
    event.preventDefault();
    var button = event.submitter;
    decide(form, button ? button.value : "accept", false);
  });

  results.addEventListener("keydown", function (event) {
    var note = event.target;
    if (note.tagName !== "TEXTAREA" || note.name !== "note") { return; }
    if (event.key === "Enter" && !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey) {
      event.preventDefault();
      decide(note.form, "accept", true);
    } else if (event.key === "Escape") {
      event.preventDefault();
      note.closest("details").open = false;
      focusCard(note.closest("li.finding"));
    }
  });

  // ---------------------------------------------------------------------- the keyboard

  function typing(target) {
    var tag = target.tagName;
    return tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable
      || (tag === "INPUT" && ["checkbox", "radio", "button", "submit"].indexOf(target.type) === -1);
  }

  function move(step) {
    var list = cards();
    var card = currentCard();
    var index = card ? list.indexOf(card) + step : (step > 0 ? 0 : list.length - 1);
    if (index >= list.length) {
      turnPage("next", function () { focusCard(cards()[0]); });
    } else if (index < 0) {
      turnPage("prev", function () { var again = cards(); focusCard(again[again.length - 1]); });
    } else {
      focusCard(list[index]);
    }
  }

  document.addEventListener("keydown", function (event) {
    if (!shortcuts.checked || event.ctrlKey || event.altKey || event.metaKey || typing(event.target)) { return; }
    var key = event.key;
    if (key === "j" || key === "k") {
      event.preventDefault();
      move(key === "j" ? 1 : -1);
      return;
    }
    if (key === "/") {
      event.preventDefault();
      filters.querySelector("select").focus();
      return;
    }
    var actions = {c: "confirm", d: "dismiss", a: "accept", u: "undo"};
    if (!actions[key]) { return; }
    var card = currentCard();
    if (!card) { return; }
    event.preventDefault();
    var form = card.querySelector("form.decide");
    if (key === "a") {
      var details = form.querySelector("details.accept");
      details.open = true;
      form.querySelector("textarea[name=note]").focus();
    } else if (key === "u") {
      if (form.querySelector("button.undo")) { decide(form, "undo", true); }
    } else {
      decide(form, actions[key], true);
    }
  });
}());
