import type { Catalog } from '../../catalog';

const prompt: Catalog<'prompt'> = {
  'prompt.title': 'Décrivez vos médias',
  'prompt.close': 'Fermer',
  'prompt.intro': 'Les descriptions sont appliquées sur X via votre compte avant la création de la publication.',
  'prompt.noAccount': 'Aucun compte X n’est connecté : ce que vous enregistrez attend qu’un compte soit connecté.',
  'prompt.openOptions': 'Ouvrir les options',
  'prompt.item.image': 'Image {n}',
  'prompt.item.gif': 'GIF',
  'prompt.item.video': 'Vidéo',
  'prompt.item.inPost': 'Publication {post} · {label}',
  'badge.unsaved': 'Texte alternatif : ajouter une description',
  'badge.saving': 'Texte alternatif : enregistrement',
  'badge.waiting': 'Texte alternatif : en attente',
  'badge.applied': 'Texte alternatif : appliqué',
  'badge.failed': 'Texte alternatif : échec',
  'badge.short.unsaved': 'ALT +',
  'badge.short.saving': 'ALT …',
  'badge.short.waiting': 'ALT …',
  'badge.short.applied': 'ALT ✓',
  'badge.short.failed': 'ALT !',
  'badge.xEditor': 'Texte alternatif : écrit dans l’éditeur de X',
  'badge.short.xEditor': 'ALT ✓',
  'hold.title': 'Votre publication attend',
  'hold.wait': {
    one: 'En attente de X pour appliquer la description ; la publication partira dès qu’elle sera appliquée.',
    other:
      'En attente de X pour appliquer {count} descriptions ; la publication partira dès qu’elles seront appliquées.',
  },
  'hold.save': 'Enregistrement de vos descriptions sur X ; la publication partira dès qu’elles seront appliquées.',
  'hold.failed': {
    one: 'X n’a pas appliqué les métadonnées d’un média : {reason}',
    other: 'X n’a pas appliqué les métadonnées de {count} médias : {reason}',
  },
  'hold.invalid': 'Une description comporte un problème à corriger avant l’envoi.',
  'hold.remind': {
    one: 'Publier sans description ? Un média n’a pas de texte alternatif.',
    other: 'Publier sans description ? {count} médias n’ont pas de texte alternatif.',
  },
  'hold.require': {
    one: 'Ajoutez une description à chaque image avant de publier (il en manque une). Vous l’avez choisi dans les options.',
    other:
      'Ajoutez une description à chaque image avant de publier (il en manque {count}). Vous l’avez choisi dans les options.',
  },
  'hold.postAnyway': 'Publier quand même',
  'hold.postWithout': 'Publier sans description',
  'hold.describe': 'Ajouter une description',
  'hold.retry': 'Réessayer',
  'hold.cancel': 'Annuler',
};

export default prompt;
