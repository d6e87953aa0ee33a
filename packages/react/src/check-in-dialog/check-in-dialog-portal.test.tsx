import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { domainExamplesNow } from '@okrkit/core/examples';
import { loadedStore } from '../objective-card/objective-card.test-utils';
import { OkrProvider } from '../provider/index';
import { CheckInDialog } from './index';

describe('CheckInDialog portal', () => {
  it("given the provider's portalContainer, the dialog opens inside that element, not in <body>", async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    const layer = document.createElement('div');
    layer.setAttribute('data-color-scheme', 'dark');
    document.body.append(layer);
    render(
      <OkrProvider store={store} now={domainExamplesNow} portalContainer={layer}>
        <CheckInDialog keyResultId="kr-mau" trigger={<button type="button">Check in</button>} />
      </OkrProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Check in' }));
    const dialog = within(layer).getByRole('dialog', { name: /Monthly active users/ });
    // In the layer, the dialog takes the layer's scheme from CSS; it copies nothing itself.
    expect(dialog).not.toHaveAttribute('data-color-scheme');
    layer.remove();
  });

  it("given its own container, that one wins over the provider's portalContainer", async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    const [fromProvider, own] = [document.createElement('div'), document.createElement('div')];
    document.body.append(fromProvider, own);
    render(
      <OkrProvider store={store} now={domainExamplesNow} portalContainer={fromProvider}>
        <CheckInDialog keyResultId="kr-mau" container={own} trigger={<button type="button">Check in</button>} />
      </OkrProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Check in' }));
    expect(within(own).getByRole('dialog')).toBeInTheDocument();
    expect(within(fromProvider).queryByRole('dialog')).toBeNull();
    fromProvider.remove();
    own.remove();
  });
});
