import type { Catalog } from '../../catalog';

const suggest: Catalog<'suggest'> = {
  'suggest.heading': 'Suggestions',
  'suggest.loading': 'Recherche de suggestions…',
  'suggest.none': 'Aucune suggestion pour cette image.',
  'suggest.failed':
    'Les suggestions ne sont pas disponibles pour le moment ; vous pouvez toujours écrire une description.',
  'suggest.kind.ocr': 'Texte dans l’image',
  'suggest.kind.caption': 'La légende de la photo',
  'suggest.kind.earlier': 'Votre description précédente',
  'suggest.kind.model': 'La description du navigateur',
  'suggest.insert.ocr': 'Insérer le texte de l’image',
  'suggest.insert.caption': 'Insérer la légende de la photo',
  'suggest.insert.earlier': 'Insérer votre description précédente',
  'suggest.insert.model': 'Insérer la description du navigateur',
  'suggest.usedAt': 'Utilisée le {date}',
  'suggest.marked':
    'Texte suggéré : vérifiez-le et modifiez-le avant d’enregistrer. Il ne compte pas comme description d’ici là.',
  'suggest.options.heading': 'Suggestions',
  'suggest.options.intro':
    'Les suggestions sont faites sur cet appareil et proposées à côté de la description ; rien n’est inséré sans votre choix, et rien n’est envoyé nulle part.',
  'suggest.options.ocr': 'Suggérer le texte trouvé dans les images',
  'suggest.options.earlier': 'Suggérer les descriptions précédentes',
  'suggest.options.model': 'Utiliser le modèle intégré du navigateur',
  'suggest.options.model.noApi':
    'Ce navigateur n’a pas de modèle intégré capable de décrire des images ; cette option n’est donc pas affichée.',
  'suggest.options.model.noImage':
    'Le modèle intégré de ce navigateur ne peut pas recevoir d’images ici ; cette option n’est donc pas affichée.',
  'suggest.options.model.error': 'Le modèle intégré du navigateur n’a pas répondu ; cette option n’est pas affichée.',
  'suggest.options.model.permission': 'Firefox demande votre autorisation pour utiliser son modèle local.',
  'suggest.options.model.download': 'Télécharger le modèle',
  'suggest.options.model.allow': 'Autoriser le modèle local',
  'suggest.options.model.downloading': 'Téléchargement du modèle… {percent} %',
  'suggest.options.model.ready': 'Le modèle est prêt sur cet appareil.',
  'suggest.options.earlier.count': '{count} descriptions précédentes gardées sur cet appareil.',
  'suggest.options.earlier.empty': 'Aucune description précédente gardée.',
  'suggest.options.earlier.list': 'Descriptions précédentes',
  'suggest.options.forget': 'Oublier les descriptions précédentes',
  'suggest.options.forgotten': 'Descriptions précédentes oubliées.',
  'suggest.options.failed': 'Cela n’a pas fonctionné ; réessayez.',
};

export default suggest;
