// Empty on purpose: the bench's browser launcher finds an extension by its service worker.
