/*
 * A FAKE of Usercentrics' browser script, written for the tests from Usercentrics' documented public API;
 * it is not Usercentrics' code and shares none of it. Sources:
 * - Web CMP v3: usercentrics.com/docs/web/features/api/control-functionality/ (window.__ucCmp:
 *   isInitialized, getConsentDetails, updateServicesConsents, saveConsents, acceptAllConsents,
 *   denyAllConsents, isConsentRequired), …/control-ui/ (showFirstLayer, showSecondLayer, closeCmp),
 *   …/api/interfaces/ (ConsentDetails: consent { status, type, updatedBy, … }, services { [id]: { name,
 *   category, essential, consent { given, type: 'EXPLICIT' | 'IMPLICIT' } } }), usercentrics.com/beta-docs/
 *   consent-status (the UC_CONSENT window event after init and after each change).
 * - Browser UI v2: usercentrics.com/docs/web/features/v2/ (window.UC_UI: isInitialized,
 *   getServicesBaseInfo → [{ id, name, categorySlug, consent { status, history [{ action, status,
 *   timestamp, type: 'explicit' | 'implicit' }] } }], acceptService, rejectService, acceptAllConsents,
 *   denyAllConsents, isConsentRequired, showFirstLayer, showSecondLayer; the window events
 *   UC_UI_INITIALIZED, UC_UI_VIEW_CHANGED { view, previousView }, UC_UI_CMP_EVENT { source, type }).
 *
 * window.fakeCmpSetup (set by the page before this script):
 *   version: 2 | 3 (default 3)
 *   implicit: true   a first visit gets every service implicitly "given" (as Usercentrics does outside
 *                    the EU or with an implicit-consent setting): consent the visitor never gave
 * State persists in localStorage (key "uc_fake_consents"), so a reload is a reload.
 * Where the docs leave the timing open, the fake is the harder case for an embed: it initializes a task
 * after loading, and a banner button's UC_UI_CMP_EVENT comes *before* the consents are stored (then
 * UC_CONSENT / UC_UI_VIEW_CHANGED after).
 *
 * Test hook, standing for the visitor's clicks in the banner (first layer) or settings (second layer):
 *   window.__fakeCmp.visitorAcceptsAll(), .visitorDeniesAll(), .visitorSaves({ [id]: boolean }),
 *   .view (the layer shown: 'NONE' | 'FIRST_LAYER' | 'SECOND_LAYER')
 */
(function () {
  var setup = window.fakeCmpSetup || {};
  var version = setup.version === 2 ? 2 : 3;
  var KEY = 'uc_fake_consents';
  var services = [
    { id: 'H1Vl5NidjWX', name: 'Usercentrics Consent Management Platform', category: 'essential', essential: true },
    { id: 'S1_9Vsuj-Q', name: 'Google Analytics', category: 'marketing', essential: false },
    { id: 'rJ99c4oOo-X', name: 'Open-Meteo', category: 'functional', essential: false },
  ];

  var stored = null;
  try {
    stored = JSON.parse(localStorage.getItem(KEY) || 'null');
  } catch (_e) {
    stored = null;
  }
  // state[id] = { given, type: 'EXPLICIT' | 'IMPLICIT', history: [...] }
  var state = {};
  var initialized = false;
  var view = 'NONE';
  var now = function () {
    return Date.now();
  };

  services.forEach(function (s) {
    var saved = stored && stored[s.id];
    if (saved) state[s.id] = saved;
    else {
      var given = s.essential || !!setup.implicit;
      state[s.id] = {
        given: given,
        type: 'IMPLICIT',
        history: [{ action: 'onInitialPageLoad', status: given, timestamp: now(), type: 'implicit' }],
      };
    }
  });

  function persist() {
    var out = {};
    services.forEach(function (s) {
      if (state[s.id].type === 'EXPLICIT') out[s.id] = state[s.id];
    });
    localStorage.setItem(KEY, JSON.stringify(out));
  }
  function decided() {
    return services.some(function (s) {
      return state[s.id].type === 'EXPLICIT';
    });
  }
  function record(id, given, action) {
    var s = state[id];
    s.given = given;
    s.type = 'EXPLICIT';
    s.history = s.history.concat([{ action: action, status: given, timestamp: now(), type: 'explicit' }]);
  }
  function dispatch(type, detail) {
    window.dispatchEvent(new CustomEvent(type, { detail: detail }));
  }
  function setView(next) {
    var previous = view;
    view = next;
    dispatch('UC_UI_VIEW_CHANGED', { view: next, previousView: previous });
  }
  function details() {
    var out = { services: {}, categories: {}, consent: {} };
    var given = 0;
    services.forEach(function (s) {
      var c = state[s.id];
      if (c.given) given++;
      out.services[s.id] = {
        name: s.name,
        version: '1.0.0',
        category: s.category,
        essential: s.essential,
        consent: { given: c.given, type: c.type },
      };
    });
    out.consent = {
      status: given === services.length ? 'ALL_ACCEPTED' : given <= 1 ? 'ALL_DENIED' : 'SOME_ACCEPTED',
      required: !decided(),
      type: decided() ? 'EXPLICIT' : 'IMPLICIT',
      updatedBy: 'onInitialPageLoad',
      controllerId: 'fake-controller',
      language: 'en',
      setting: { id: 'fakeSettingsId', type: 'GDPR', version: '1.0.0' },
    };
    return JSON.parse(JSON.stringify(out));
  }
  function announce() {
    if (version === 3) dispatch('UC_CONSENT', details());
  }
  // A banner button: the UI event at once, the consent stored on the next task.
  function press(source, type, apply) {
    dispatch('UC_UI_CMP_EVENT', { source: source, type: type });
    setTimeout(function () {
      apply();
      persist();
      announce();
      setView('NONE');
    }, 0);
  }
  function all(given, action) {
    services.forEach(function (s) {
      record(s.id, s.essential || given, action);
    });
  }
  function unknown(id) {
    return !state[id];
  }

  window.__fakeCmp = {
    get view() {
      return view;
    },
    visitorAcceptsAll: function () {
      press(view === 'SECOND_LAYER' ? 'SECOND_LAYER' : 'FIRST_LAYER', 'ACCEPT_ALL', function () {
        all(true, 'onAcceptAllServices');
      });
    },
    visitorDeniesAll: function () {
      press(view === 'SECOND_LAYER' ? 'SECOND_LAYER' : 'FIRST_LAYER', 'DENY_ALL', function () {
        all(false, 'onDenyAllServices');
      });
    },
    visitorSaves: function (choices) {
      press('SECOND_LAYER', 'SAVE', function () {
        services.forEach(function (s) {
          var given =
            s.essential || (s.id in choices ? !!choices[s.id] : state[s.id].given && state[s.id].type === 'EXPLICIT');
          record(s.id, given, 'onUpdateServices');
        });
      });
    },
  };

  var pending = [];
  if (version === 3) {
    window.__ucCmp = {
      isInitialized: function () {
        return Promise.resolve(initialized);
      },
      isConsentRequired: function () {
        return Promise.resolve(!decided());
      },
      getConsentDetails: function () {
        return Promise.resolve(details());
      },
      updateServicesConsents: function (list) {
        pending = pending.concat(list);
        return Promise.resolve();
      },
      updateCategoriesConsents: function () {
        return Promise.resolve();
      },
      saveConsents: function () {
        pending.forEach(function (c) {
          if (!unknown(c.id)) record(c.id, !!c.consent, 'onUpdateServices');
        });
        pending = [];
        persist();
        announce();
        return Promise.resolve();
      },
      acceptAllConsents: function () {
        all(true, 'onAcceptAllServices');
        persist();
        announce();
        return Promise.resolve();
      },
      denyAllConsents: function () {
        all(false, 'onDenyAllServices');
        persist();
        announce();
        return Promise.resolve();
      },
      showFirstLayer: function () {
        setView('FIRST_LAYER');
        return Promise.resolve();
      },
      showSecondLayer: function () {
        setView('SECOND_LAYER');
        return Promise.resolve();
      },
      closeCmp: function () {
        setView('NONE');
        return Promise.resolve();
      },
    };
  } else {
    window.UC_UI = {
      isInitialized: function () {
        return initialized;
      },
      isConsentRequired: function () {
        return !decided();
      },
      getServicesBaseInfo: function () {
        return services.map(function (s) {
          var c = state[s.id];
          return JSON.parse(
            JSON.stringify({
              id: s.id,
              name: s.name,
              categorySlug: s.category,
              isEssential: s.essential,
              consent: { status: c.given, history: c.history },
            }),
          );
        });
      },
      acceptService: function (id) {
        if (!unknown(id)) record(id, true, 'onUpdateServices');
        persist();
        return Promise.resolve();
      },
      rejectService: function (id) {
        if (!unknown(id)) record(id, false, 'onUpdateServices');
        persist();
        return Promise.resolve();
      },
      acceptAllConsents: function () {
        all(true, 'onAcceptAllServices');
        persist();
        return Promise.resolve();
      },
      denyAllConsents: function () {
        all(false, 'onDenyAllServices');
        persist();
        return Promise.resolve();
      },
      showFirstLayer: function () {
        setView('FIRST_LAYER');
      },
      showSecondLayer: function () {
        setView('SECOND_LAYER');
      },
      closeCMP: function () {
        setView('NONE');
      },
    };
  }

  setTimeout(function () {
    initialized = true;
    dispatch('UC_UI_INITIALIZED');
    announce();
    if (!decided()) setView('FIRST_LAYER');
  }, 0);
})();
