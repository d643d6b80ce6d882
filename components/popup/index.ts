export { AccountNotice, EmptyState, type EmptyStateProps } from './EmptyState';
export { HistoryPanel, type HistoryPanelProps } from './HistoryPanel';
export { type ItemActions, ItemCard, type ItemCardProps } from './ItemCard';
export { ItemList, type ItemListProps } from './ItemList';
export { type PopupLoad, PopupView, type PopupViewProps } from './PopupView';
