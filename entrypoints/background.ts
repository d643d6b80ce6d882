import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundServices } from '../lib/background/services';
import { UPLOAD_URLS, uploadEvent } from '../lib/background/upload-events';
import { items } from '../lib/storage/items';

export default defineBackground(() => {
  const services = createBackgroundServices();
  const { media } = services;

  // Every listener first, synchronously, before any await: a woken service worker only gets events so registered.
  browser.runtime.onMessage.addListener((message, sender) => services.route(message, sender));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
  browser.alarms.onAlarm.addListener((alarm) => services.scheduler.onAlarm(alarm.name));
  // A tab with a call on its way keeps a port open (lib/content/background-watch.ts): reconnecting after a stop is
  // what wakes this background, and start() below resumes the call. The port itself needs nothing.
  browser.runtime.onConnect.addListener(() => {});
  browser.tabs.onRemoved.addListener((tabId) => void media.tabClosed(tabId));
  // The tab's upload requests: the browser's own record of them, which the page cannot forge.
  const filter = { urls: UPLOAD_URLS, types: ['xmlhttprequest' as const] };
  const onRequest = (details: Parameters<typeof uploadEvent>[0]): undefined => {
    const event = uploadEvent(details);
    if (event) void media.onUploadRequest(event);
  };
  const onEnded = (details: Parameters<typeof uploadEvent>[0]) => {
    const event = uploadEvent(details);
    if (event) void media.onUploadCompleted(event);
  };
  browser.webRequest.onBeforeRequest.addListener(onRequest, filter, ['requestBody']);
  browser.webRequest.onCompleted.addListener(onEnded, filter);
  browser.webRequest.onErrorOccurred.addListener(onEnded, filter);
  items.account.watch((account) => void services.accountChanged(account.state), new AbortController().signal);

  void services.start();
});
