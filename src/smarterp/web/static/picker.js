/* smarterp web: searchable pickers (the list comes from the server through htmx) and a
   sale's stock per line. Keyboard: arrows move, Enter chooses, Escape closes. */
(function () {
  "use strict";

  function parts(el) {
    var box = el.closest("[data-picker]");
    if (!box) return null;
    return {
      box: box,
      value: box.querySelector("[data-picker-value]"),
      text: box.querySelector("[data-picker-text]"),
      list: box.querySelector(".picker-list")
    };
  }

  function options(p) { return Array.prototype.slice.call(p.list.querySelectorAll("[role=option]")); }

  function close(p) {
    p.list.innerHTML = "";
    p.text.setAttribute("aria-expanded", "false");
    p.text.removeAttribute("aria-activedescendant");
  }

  function highlight(p, index) {
    var opts = options(p);
    if (!opts.length) return;
    index = (index + opts.length) % opts.length;
    opts.forEach(function (o, i) { o.classList.toggle("active", i === index); o.setAttribute("aria-selected", i === index ? "true" : "false"); });
    p.text.setAttribute("aria-activedescendant", opts[index].id);
    opts[index].scrollIntoView({ block: "nearest" });
  }

  function choose(p, option) {
    p.value.value = option.dataset.value;
    p.text.value = option.dataset.label;
    close(p);
    p.value.dispatchEvent(new Event("change", { bubbles: true }));
  }

  document.addEventListener("keydown", function (ev) {
    if (!ev.target.matches || !ev.target.matches("[data-picker-text]")) return;
    var p = parts(ev.target);
    var opts = options(p);
    var current = opts.findIndex(function (o) { return o.classList.contains("active"); });
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      if (!opts.length) { htmx.trigger(p.text, "focus"); return; }
      highlight(p, current + (ev.key === "ArrowDown" ? 1 : -1));
    } else if (ev.key === "Enter") {
      if (opts.length) {
        ev.preventDefault();  // choosing, not sending the form
        choose(p, opts[current >= 0 ? current : 0]);
      }
    } else if (ev.key === "Escape") {
      close(p);
    }
  });

  // A new search: the id chosen before no longer matches what the box says.
  document.addEventListener("input", function (ev) {
    if (ev.target.matches && ev.target.matches("[data-picker-text]")) {
      var p = parts(ev.target);
      if (p.value.value) { p.value.value = ""; p.value.dispatchEvent(new Event("change", { bubbles: true })); }
    }
  });

  document.addEventListener("mousedown", function (ev) {
    var option = ev.target.closest && ev.target.closest(".picker-list [role=option]");
    if (option) { ev.preventDefault(); choose(parts(option), option); }
  });

  document.addEventListener("focusout", function (ev) {
    if (!ev.target.matches || !ev.target.matches("[data-picker-text]")) return;
    var p = parts(ev.target);
    setTimeout(function () { if (document.activeElement !== p.text) close(p); }, 150);
  });

  document.addEventListener("htmx:afterSwap", function (ev) {
    if (ev.target.classList && ev.target.classList.contains("picker-list")) {
      var p = parts(ev.target);
      var open = options(p).length > 0 || ev.target.children.length > 0;
      p.text.setAttribute("aria-expanded", open && document.activeElement === p.text ? "true" : "false");
      if (document.activeElement !== p.text) close(p);
    }
  });

  // --- A sale's stock per line: asked again when the product, quantity or warehouse changes.
  function refreshLine(form, row) {
    var cell = row.querySelector("[data-availability]");
    if (!cell) return;
    var product = row.querySelector("[data-picker-value]");
    var quantity = row.querySelector("input[name$='.quantity']");
    var warehouse = form.querySelector("[name=warehouse_id]");
    if (!product || !product.value) { cell.innerHTML = ""; return; }
    var url = form.dataset.availability + "?product_id=" + encodeURIComponent(product.value) +
      "&quantity=" + encodeURIComponent(quantity ? quantity.value : "") +
      "&warehouse_id=" + encodeURIComponent(warehouse ? warehouse.value : "") +
      "&row=" + encodeURIComponent(cell.dataset.availability);
    htmx.ajax("GET", url, { target: cell, swap: "innerHTML" });
  }

  document.addEventListener("change", function (ev) {
    var form = ev.target.closest && ev.target.closest("form[data-availability]");
    if (!form) return;
    if (ev.target.name === "warehouse_id") {
      form.querySelectorAll("tr[data-line]").forEach(function (row) { refreshLine(form, row); });
      return;
    }
    var row = ev.target.closest("tr[data-line]");
    if (row) refreshLine(form, row);
  });

  // Remove a line of the form: emptied and hidden, so it is not sent (a saved line goes when
  // the form is saved) and the rows keep their numbers for the lines added after it.
  document.addEventListener("click", function (ev) {
    var remove = ev.target.closest && ev.target.closest("[data-remove-row]");
    if (!remove) return;
    ev.preventDefault();
    var row = remove.closest("tr");
    row.querySelectorAll("input, select").forEach(function (input) { input.value = ""; });
    row.hidden = true;
  });
})();
