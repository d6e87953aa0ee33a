'use client';
import { forwardRef, type ReactNode } from 'react';
import { ObjectiveCardClosed, type ObjectiveCardClosedProps } from './objective-card-closed';
import { ObjectiveCardHealth, type ObjectiveCardHealthProps } from './objective-card-health';
import { ObjectiveCardKeyResults } from './objective-card-key-results';
import { ObjectiveCardRoot, type ObjectiveCardRootProps } from './objective-card-context';
import { ObjectiveCardActions, ObjectiveCardHeader, ObjectiveCardMeta, ObjectiveCardProgress, ObjectiveCardStatus, type ObjectiveCardMetaProps } from './objective-card-parts';
import { ObjectiveCardScore } from './objective-card-score';
import { ObjectiveCardTitle } from './objective-card-title';

export interface ObjectiveCardProps extends Omit<ObjectiveCardRootProps, 'children'> {
  /**
   * Shows an owner id as a name (see `ObjectiveCard.Meta`).
   * @deprecated Pass `directory` to `OkrProvider` instead.
   */
  renderOwner?: ObjectiveCardMetaProps['renderOwner'];
  /** Options of the health checks (see `ObjectiveCard.Health`). */
  lintOptions?: ObjectiveCardHealthProps['lintOptions'];
  /** The host's buttons, placed in `ObjectiveCard.Actions`. */
  actions?: ReactNode;
  /** Progress sparklines in the key-result rows (see `ObjectiveCard.KeyResults`). @default the provider's `sparklines` (true) */
  sparklines?: boolean;
  /** A closed objective's close-out (result and final grade) and its reopen action (see `ObjectiveCard.Closed`). */
  closeOut?: ObjectiveCardClosedProps['closeOut'];
  onReopen?: ObjectiveCardClosedProps['onReopen'];
}

const ObjectiveCardComposed = /* @__PURE__ */ forwardRef<HTMLElement, ObjectiveCardProps>(function ObjectiveCard(props, ref) {
  const { renderOwner, lintOptions, actions, sparklines, closeOut, onReopen, ...rootProps } = props;
  return (
    <ObjectiveCardRoot ref={ref} {...rootProps}>
      <ObjectiveCardHeader>
        <ObjectiveCardTitle />
        <ObjectiveCardStatus />
      </ObjectiveCardHeader>
      <ObjectiveCardMeta renderOwner={renderOwner} />
      <ObjectiveCardClosed closeOut={closeOut} onReopen={onReopen} />
      <ObjectiveCardProgress />
      <ObjectiveCardScore />
      <ObjectiveCardKeyResults sparklines={sparklines} />
      <ObjectiveCardHealth lintOptions={lintOptions} />
      {actions ? <ObjectiveCardActions>{actions}</ObjectiveCardActions> : null}
    </ObjectiveCardRoot>
  );
});

/**
 * An objective as a Notion-like card: the ready-made composition of every part. For your
 * own layout, compose the parts that hang off it (`ObjectiveCard.Root`, `.Header`, `.Title`,
 * `.Meta`, `.Status`, `.Score`, `.Progress`, `.KeyResults`, `.Health`, `.Actions`, `.Closed`).
 * @example
 * <OkrProvider store={store}>
 *   <ObjectiveCard objectiveId="obj-user-activity" />
 * </OkrProvider>
 * @example
 * <ObjectiveCard.Root objectiveId="obj-user-activity">
 *   <ObjectiveCard.Title />
 *   <ObjectiveCard.KeyResults />
 * </ObjectiveCard.Root>
 */
export const ObjectiveCard = /* @__PURE__ */ Object.assign(ObjectiveCardComposed, {
  Root: ObjectiveCardRoot,
  Header: ObjectiveCardHeader,
  Title: ObjectiveCardTitle,
  Meta: ObjectiveCardMeta,
  Status: ObjectiveCardStatus,
  Score: ObjectiveCardScore,
  Progress: ObjectiveCardProgress,
  KeyResults: ObjectiveCardKeyResults,
  Health: ObjectiveCardHealth,
  Actions: ObjectiveCardActions,
  Closed: ObjectiveCardClosed,
});
