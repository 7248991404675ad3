/*
 * A FAKE of Borlabs Cookie 3's front-end script, written for the tests from the plugin's public JavaScript
 * contract; it is not Borlabs' code and shares none of it. Borlabs Cookie is a closed, commercial
 * WordPress plugin; the contract modelled here is the one its knowledge base (borlabs.io/kb/) and the
 * integrations built on it rely on:
 * - the global BorlabsCookie with Consents.hasConsent(serviceId) and Consents.hasConsentForServiceGroup(groupId)
 *   (Borlabs Cookie 2 had BorlabsCookie.checkCookieConsent(id) instead);
 * - the window events borlabs-cookie-after-init (since 3.0.6: the plugin has started) and
 *   borlabs-cookie-consent-saved (the visitor saved in the dialog);
 * - the consent cookie "borlabs-cookie" (JSON: { consents: { [serviceGroupId]: [serviceId, ...] }, uid,
 *   version, ... }), listed in the plugin's own "Borlabs Cookie" essential service.
 * Seen in public integration code but not in Borlabs' documentation, and marked as such here:
 * BorlabsCookie.Services.services (objects with id and serviceGroupId) and BorlabsCookie.Dialog.openDialog().
 * Borlabs documents no function that records one service's consent, so the fake has none.
 *
 * The global appears only once the plugin has started (a task after loading), announced by
 * borlabs-cookie-after-init. Saving in the dialog writes the cookie, then dispatches
 * borlabs-cookie-consent-saved on window.
 *
 * Test hook, standing for the visitor's clicks in the Borlabs dialog:
 *   window.__fakeCmp.visitorAcceptsAll(), .visitorAcceptsOnlyEssential(),
 *   .visitorSaves({ [serviceId]: boolean }), .dialogVisible
 */
(function () {
  var NAME = 'borlabs-cookie';
  var services = {
    'borlabs-cookie': { id: 'borlabs-cookie', serviceGroupId: 'essential', name: 'Borlabs Cookie' },
    matomo: { id: 'matomo', serviceGroupId: 'statistics', name: 'Matomo' },
    'open-meteo': { id: 'open-meteo', serviceGroupId: 'external-media', name: 'Open-Meteo' },
  };
  var dialogVisible = false;

  function read() {
    var match = document.cookie.match(/(?:^|;\s*)borlabs-cookie=([^;]*)/);
    if (!match) return null;
    try {
      return JSON.parse(decodeURIComponent(match[1])).consents || null;
    } catch (_e) {
      return null;
    }
  }
  var consents = read();

  function save(accepted) {
    var groups = {};
    Object.keys(services).forEach(function (id) {
      var s = services[id];
      if (s.serviceGroupId === 'essential' || accepted(id))
        (groups[s.serviceGroupId] = groups[s.serviceGroupId] || []).push(id);
    });
    var value = {
      consents: groups,
      domainPath: location.hostname + '/',
      expires: new Date(Date.now() + 31536e6).toUTCString(),
      uid: 'fake-uid',
      version: '1',
    };
    document.cookie =
      NAME + '=' + encodeURIComponent(JSON.stringify(value)) + '; path=/; max-age=31536000; SameSite=Lax';
    consents = groups;
    dialogVisible = false;
    window.dispatchEvent(new CustomEvent('borlabs-cookie-consent-saved', { detail: { consents: groups } }));
  }
  function has(id) {
    if (!consents) return false;
    return Object.keys(consents).some(function (group) {
      return consents[group].indexOf(id) !== -1;
    });
  }

  window.__fakeCmp = {
    get dialogVisible() {
      return dialogVisible;
    },
    visitorAcceptsAll: function () {
      save(function () {
        return true;
      });
    },
    visitorAcceptsOnlyEssential: function () {
      save(function () {
        return false;
      });
    },
    visitorSaves: function (choices) {
      save(function (id) {
        return id in choices ? !!choices[id] : has(id);
      });
    },
  };

  setTimeout(function () {
    window.BorlabsCookie = {
      Consents: {
        hasConsent: has,
        hasConsentForServiceGroup: function (group) {
          return !!consents && !!consents[group] && consents[group].length > 0;
        },
      },
      Services: { services: services },
      Dialog: {
        openDialog: function () {
          dialogVisible = true;
        },
      },
    };
    if (!consents) dialogVisible = true;
    window.dispatchEvent(new CustomEvent('borlabs-cookie-after-init'));
  }, 0);
})();
