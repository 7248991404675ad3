/*
 * A FAKE of CCM19's front-end script, written for the tests from CCM19's documented public API; it is not
 * CCM19's code and shares none of it. Source: docs-en.ccm19.com "Javascript APIs": the global CCM with
 * acceptedCookies, acceptedEmbeddings ([{ id, name }]), consent (the visitor saved a choice, also "reject
 * all"), fullConsentGiven, ucid, version, openWidget(), closeWidget(), openControlPanel(),
 * closeControlPanel(), and the window events ccm19WidgetLoaded, ccm19WidgetOpened, ccm19WidgetClosed (also
 * when the visitor rejects), ccm19EmbeddingAccepted (fired for each accepted embedding on every page load, not
 * only when the visitor accepts; the fake's detail { id, name } is an assumption, which the adapter does not
 * read). CCM19 documents no function that records one
 * embedding's consent, so the fake has none.
 *
 * State persists in localStorage (key "ccm_consent"), so a reload is a reload. The global is there when the
 * script has run, with the stored consent; the widget loads a task later (ccm19WidgetLoaded, then
 * ccm19EmbeddingAccepted for each embedding accepted on an earlier visit).
 *
 * Test hook, standing for the visitor's clicks in CCM19's widget or purpose dialog:
 *   window.__fakeCmp.visitorAcceptsAll(), .visitorRejects() ("Close"/reject),
 *   .visitorSaves({ [embeddingName]: boolean }), .open ('widget' | 'controlPanel' | null)
 */
(function () {
  var KEY = 'ccm_consent';
  var embeddings = [
    { id: '5e3b2f1a0c9d8e7f', name: 'Open-Meteo', cookies: [] },
    { id: '1a2b3c4d5e6f7081', name: 'Google Maps', cookies: ['NID'] },
  ];
  var stored = null;
  try {
    stored = JSON.parse(localStorage.getItem(KEY) || 'null');
  } catch (_e) {
    stored = null;
  }
  var open = null;

  function dispatch(type, detail) {
    window.dispatchEvent(new CustomEvent(type, { detail: detail }));
  }
  function accepted() {
    return embeddings.filter(function (e) {
      return !!stored && stored.accepted.indexOf(e.id) !== -1;
    });
  }
  function refresh() {
    var list = accepted();
    ccm.consent = !!stored;
    ccm.ucid = stored ? stored.ucid : null;
    ccm.acceptedEmbeddings = list.map(function (e) {
      return { id: e.id, name: e.name };
    });
    ccm.acceptedCookies = [].concat.apply(
      [],
      list.map(function (e) {
        return e.cookies;
      }),
    );
    ccm.fullConsentGiven = list.length === embeddings.length;
  }
  function save(isAccepted) {
    stored = {
      ucid: (stored && stored.ucid) || 'fake-' + Math.random().toString(36).slice(2),
      accepted: embeddings.filter(isAccepted).map(function (e) {
        return e.id;
      }),
    };
    localStorage.setItem(KEY, JSON.stringify(stored));
    refresh();
    ccm.acceptedEmbeddings.forEach(function (e) {
      dispatch('ccm19EmbeddingAccepted', { id: e.id, name: e.name });
    });
    open = null;
    dispatch('ccm19WidgetClosed');
  }

  var ccm = {
    version: '2024.1.1-fake',
    openWidget: function () {
      open = 'widget';
      dispatch('ccm19WidgetOpened');
    },
    closeWidget: function () {
      open = null;
      dispatch('ccm19WidgetClosed');
    },
    openControlPanel: function () {
      open = 'controlPanel';
    },
    closeControlPanel: function () {
      open = null;
    },
    availableLocales: function () {
      return ['de_DE', 'en_US'];
    },
  };

  window.__fakeCmp = {
    get open() {
      return open;
    },
    visitorAcceptsAll: function () {
      save(function () {
        return true;
      });
    },
    visitorRejects: function () {
      save(function () {
        return false;
      });
    },
    visitorSaves: function (choices) {
      save(function (e) {
        return e.name in choices ? !!choices[e.name] : !!stored && stored.accepted.indexOf(e.id) !== -1;
      });
    },
  };

  refresh();
  window.CCM = ccm;
  setTimeout(function () {
    dispatch('ccm19WidgetLoaded');
    ccm.acceptedEmbeddings.forEach(function (e) {
      dispatch('ccm19EmbeddingAccepted', { id: e.id, name: e.name });
    });
    if (!stored) ccm.openWidget();
  }, 0);
})();
