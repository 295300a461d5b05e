/*
 * Hyde docs theme: code tabs made by the Markdown stage.
 *
 *   <div class="tabs" data-group="build">
 *     <div class="tab-list" role="tablist"><button role="tab" aria-selected aria-controls id>Label</button>...</div>
 *     <div class="tab-panel" role="tabpanel" id aria-labelledby [hidden]>...</div>...
 *   </div>
 *
 * Keyboard as in the WAI-ARIA tabs pattern (automatic activation): Left/Right move to the
 * previous/next tab and show it, wrapping around; Home/End go to the first/last; only the chosen
 * tab is in the Tab order. The label chosen in a group with data-group is remembered in
 * localStorage["hyde-tabs:" + group] and shown in every group of that name, on this page and on
 * the pages opened later (and in other open windows, through the storage event).
 */
(function () {
  "use strict";

  var PREFIX = "hyde-tabs:";

  function remembered(group) {
    try {
      return window.localStorage.getItem(PREFIX + group);
    } catch (e) {
      return null; // storage disabled: every page starts with the first tab
    }
  }

  function remember(group, label) {
    try {
      window.localStorage.setItem(PREFIX + group, label);
    } catch (e) {
      // storage disabled or full: the choice lasts for this page only
    }
  }

  /** The tabs of this group only, not those of a group nested in one of its panels. */
  function tabsOf(container) {
    var list = container.querySelector(":scope > .tab-list");
    if (!list) {
      return [];
    }
    return Array.prototype.filter.call(list.children, function (el) {
      return el.getAttribute("role") === "tab";
    });
  }

  function label(tab) {
    return tab.textContent.trim();
  }

  function show(container, chosen) {
    tabsOf(container).forEach(function (tab) {
      var on = tab === chosen;
      tab.setAttribute("aria-selected", on ? "true" : "false");
      tab.tabIndex = on ? 0 : -1;
      var panel = document.getElementById(tab.getAttribute("aria-controls"));
      if (panel) {
        panel.hidden = !on;
      }
    });
  }

  /** Shows the tab with this label, if the group has one; true if it did. */
  function showLabel(container, wanted) {
    var match = tabsOf(container).filter(function (tab) {
      return label(tab) === wanted;
    })[0];
    if (match) {
      show(container, match);
    }
    return Boolean(match);
  }

  function groupsNamed(name) {
    return Array.prototype.filter.call(document.querySelectorAll(".tabs[data-group]"), function (el) {
      return el.getAttribute("data-group") === name;
    });
  }

  /** The reader chose a tab: show it, remember it, and show it in the group's other places. */
  function choose(container, tab) {
    // groups above may change height; keep the chosen tab where the reader sees it
    var before = tab.getBoundingClientRect().top;
    show(container, tab);
    var group = container.getAttribute("data-group");
    if (group) {
      remember(group, label(tab));
      groupsNamed(group).forEach(function (other) {
        if (other !== container) {
          showLabel(other, label(tab));
        }
      });
    }
    var moved = tab.getBoundingClientRect().top - before;
    if (moved !== 0) {
      window.scrollBy(0, moved);
    }
  }

  function onKey(container, event) {
    var tabs = tabsOf(container);
    var at = tabs.indexOf(event.target);
    if (at < 0) {
      return;
    }
    var next;
    switch (event.key) {
      case "ArrowRight":
        next = (at + 1) % tabs.length;
        break;
      case "ArrowLeft":
        next = (at - 1 + tabs.length) % tabs.length;
        break;
      case "Home":
        next = 0;
        break;
      case "End":
        next = tabs.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    tabs[next].focus();
    choose(container, tabs[next]);
  }

  function setUp(container) {
    var list = container.querySelector(":scope > .tab-list");
    if (!list || tabsOf(container).length === 0) {
      return;
    }
    list.addEventListener("click", function (event) {
      var tab = event.target.closest("[role=tab]");
      if (tab && tab.parentElement === list) {
        choose(container, tab);
      }
    });
    list.addEventListener("keydown", function (event) {
      onKey(container, event);
    });
    var group = container.getAttribute("data-group");
    var saved = group ? remembered(group) : null;
    if (saved === null || !showLabel(container, saved)) {
      // the page's own choice (the first tab), made consistent with the roving tab index
      var selected = tabsOf(container).filter(function (tab) {
        return tab.getAttribute("aria-selected") === "true";
      })[0];
      show(container, selected || tabsOf(container)[0]);
    }
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll(".tabs"), setUp);
    // a choice made in another window of the same site
    window.addEventListener("storage", function (event) {
      if (event.key && event.key.indexOf(PREFIX) === 0 && event.newValue !== null) {
        groupsNamed(event.key.slice(PREFIX.length)).forEach(function (container) {
          showLabel(container, event.newValue);
        });
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
