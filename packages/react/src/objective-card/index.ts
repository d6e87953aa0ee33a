'use client';
export { ObjectiveCard, type ObjectiveCardProps } from './objective-card';
export { ObjectiveCardRoot, useObjectiveCardContext, type ObjectiveCardContextValue, type ObjectiveCardRootProps } from './objective-card-context';
export {
  ObjectiveCardActions,
  ObjectiveCardHeader,
  ObjectiveCardMeta,
  ObjectiveCardProgress,
  ObjectiveCardStatus,
  type ObjectiveCardMetaProps,
} from './objective-card-parts';
export { ObjectiveCardTitle, type ObjectiveCardTitleProps } from './objective-card-title';
export { ObjectiveCardScore, type ObjectiveCardScoreProps } from './objective-card-score';
export { ObjectiveCardKeyResults, type ObjectiveCardKeyResultsProps } from './objective-card-key-results';
export { ObjectiveCardHealth, type ObjectiveCardHealthProps } from './objective-card-health';
export { ObjectiveCardClosed, type ObjectiveCardClosedProps } from './objective-card-closed';
