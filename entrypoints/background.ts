import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundServices } from '../lib/background/services';

export default defineBackground(() => {
  const services = createBackgroundServices();
  // Listeners first, synchronously, before any await: a woken service worker only gets events registered so.
  browser.runtime.onMessage.addListener((message, sender) => services.route(message, sender));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
  void services.start();
});
