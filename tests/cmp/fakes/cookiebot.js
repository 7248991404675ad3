/*
 * A FAKE of Cookiebot's uc.js, written for the tests from Cookiebot's documented public API; it is not
 * Cookiebot's code and shares none of it. Source: Cookiebot's developer documentation "Properties,
 * methods, events and callback functions" (cookiebot.com/en/developer/):
 * - properties: consent.necessary / .preferences / .statistics / .marketing, consent.method
 *   ('explicit' | 'implied'), consented, declined, hasResponse, doNotTrack
 * - methods: show(), hide(), renew(), withdraw(), submitCustomConsent(optinPreferences, optinStatistics,
 *   optinMarketing), runScripts()
 * - window events: CookiebotOnConsentReady (consent state known: on load and after each submission),
 *   CookiebotOnLoad, CookiebotOnAccept and CookiebotOnDecline — both of which, as documented, also fire on
 *   a later page load for a visitor who accepted or declined before — CookiebotOnDialogInit,
 *   CookiebotOnDialogDisplay
 * - the consent cookie "CookieConsent", a URL-encoded object literal
 *   {stamp:'…',necessary:true,preferences:false,statistics:true,marketing:false,method:'explicit',ver:1,utc:…,region:'de'}
 *
 * window.fakeCmpSetup (set by the page before this script):
 *   implied: true   a first visit gets implied consent to everything (method 'implied'), as Cookiebot does
 *                   where its setting treats continued browsing as consent: no choice the visitor made
 * renew() opens the dialog and keeps the stored consent until the visitor submits a new one (older versions
 * of the documentation say renew() deletes the registered consent first; the adapter works either way, as it
 * reads the properties on each event and renew() itself announces nothing).
 * submitCustomConsent() stores at once and announces on the next task, as a submission that is also
 * sent to Cookiebot's servers would.
 *
 * Test hook, standing for the visitor's clicks in Cookiebot's banner or settings dialog:
 *   window.__fakeCmp.visitorAcceptsAll(), .visitorDeclines(),
 *   .visitorAccepts({ preferences, statistics, marketing }) ("Allow selection"), .visitorWithdraws(),
 *   .dialogVisible
 */
(function () {
  var setup = window.fakeCmpSetup || {};
  var NAME = 'CookieConsent';
  var dialogVisible = false;

  function readCookie() {
    var match = document.cookie.match(/(?:^|;\s*)CookieConsent=([^;]*)/);
    if (!match) return null;
    var text = decodeURIComponent(match[1]);
    var out = {};
    ['necessary', 'preferences', 'statistics', 'marketing'].forEach(function (key) {
      out[key] = new RegExp(key + ':true').test(text);
    });
    var method = text.match(/method:'(\w+)'/);
    out.method = method ? method[1] : 'explicit';
    return out;
  }
  function writeCookie(c) {
    var value =
      "{stamp:'fake-" +
      Math.random().toString(36).slice(2) +
      "',necessary:true,preferences:" +
      c.preferences +
      ',statistics:' +
      c.statistics +
      ',marketing:' +
      c.marketing +
      ",method:'" +
      c.method +
      "',ver:1,utc:" +
      Date.now() +
      ",region:'de'}";
    document.cookie = NAME + '=' + encodeURIComponent(value) + '; path=/; max-age=31536000; SameSite=Lax';
  }
  function dispatch(type) {
    window.dispatchEvent(new CustomEvent(type));
  }

  var cb = {
    consent: { necessary: true, preferences: false, statistics: false, marketing: false, method: null },
    consented: false,
    declined: false,
    hasResponse: false,
    doNotTrack: false,
    show: function () {
      dialogVisible = true;
      dispatch('CookiebotOnDialogDisplay');
    },
    hide: function () {
      dialogVisible = false;
    },
    renew: function () {
      cb.show();
    },
    withdraw: function () {
      submit(false, false, false);
    },
    runScripts: function () {},
    submitCustomConsent: function (preferences, statistics, marketing) {
      submit(!!preferences, !!statistics, !!marketing);
    },
  };

  function apply(c) {
    cb.consent.preferences = c.preferences;
    cb.consent.statistics = c.statistics;
    cb.consent.marketing = c.marketing;
    cb.consent.method = c.method;
    cb.hasResponse = true;
    cb.consented = c.preferences || c.statistics || c.marketing;
    cb.declined = !cb.consented;
  }
  function submit(preferences, statistics, marketing) {
    var c = { preferences: preferences, statistics: statistics, marketing: marketing, method: 'explicit' };
    writeCookie(c);
    apply(c);
    dialogVisible = false;
    setTimeout(function () {
      dispatch('CookiebotOnConsentReady');
      dispatch(cb.consented ? 'CookiebotOnAccept' : 'CookiebotOnDecline');
    }, 0);
  }

  window.Cookiebot = cb;
  window.__fakeCmp = {
    get dialogVisible() {
      return dialogVisible;
    },
    visitorAcceptsAll: function () {
      submit(true, true, true);
    },
    visitorDeclines: function () {
      submit(false, false, false);
    },
    visitorAccepts: function (choice) {
      submit(!!choice.preferences, !!choice.statistics, !!choice.marketing);
    },
    visitorWithdraws: function () {
      cb.withdraw();
    },
  };

  var stored = readCookie();
  if (!stored && setup.implied) {
    stored = { preferences: true, statistics: true, marketing: true, method: 'implied' };
    writeCookie(stored);
  }
  if (stored) apply(stored);
  setTimeout(function () {
    dispatch('CookiebotOnConsentReady');
    dispatch('CookiebotOnLoad');
    if (stored) dispatch(cb.consented ? 'CookiebotOnAccept' : 'CookiebotOnDecline');
    else {
      dispatch('CookiebotOnDialogInit');
      cb.show();
    }
  }, 0);
})();
