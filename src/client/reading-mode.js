/*
 * Reading mode for older readers (适老化): 大字号 (large text) and 高对比度 (high contrast).
 * The header's two checkboxes already switch the modes without JavaScript, for the page
 * being read (CSS :has(), src/styles/reading-mode.css). This script adds memory: it puts
 * the remembered modes on <html> as classes before the page is painted, keeps the
 * checkboxes in step, and stores each change in localStorage.
 * Loaded as an external file in <head> (the Content-Security-Policy forbids inline scripts).
 */
(function () {
  'use strict';
  var MODES = ['large', 'contrast'];
  var PREFIX = 'spb-reading-mode:';
  var root = document.documentElement;

  function remembered(mode) {
    try {
      return window.localStorage.getItem(PREFIX + mode) === 'on';
    } catch (e) {
      return false; // storage blocked: the modes still work, page by page
    }
  }

  function remember(mode, on) {
    try {
      if (on) window.localStorage.setItem(PREFIX + mode, 'on');
      else window.localStorage.removeItem(PREFIX + mode);
    } catch (e) {
      /* storage blocked or full: nothing to remember with */
    }
  }

  function apply(mode, on) {
    root.classList.toggle('rm-' + mode, on);
  }

  MODES.forEach(function (mode) {
    apply(mode, remembered(mode));
  });

  function connect() {
    MODES.forEach(function (mode) {
      var box = document.getElementById('rm-' + mode);
      if (!box) return;
      box.checked = remembered(mode);
      box.addEventListener('change', function () {
        apply(mode, box.checked);
        remember(mode, box.checked);
      });
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', connect);
  else connect();
})();
