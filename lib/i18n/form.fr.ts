import type { formEn } from './form.en';

export const formFr: Record<keyof typeof formEn, string> = {};
