import { render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { useHostPage, type HostPage } from './use-host-page';

const seen: HostPage[] = [];

function Probe({ open, container }: { open: boolean; container?: HTMLElement | null }) {
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  const hostPage = useHostPage({ triggerRef, open, container });
  seen.push(hostPage);
  return (
    <button ref={triggerRef} type="button" data-scheme={hostPage.colorScheme ?? 'none'} data-dir={hostPage.dir ?? 'none'}>
      Open
    </button>
  );
}

function onPage(children: React.ReactNode) {
  return (
    <div data-color-scheme="light" dir="ltr">
      <section data-color-scheme="dark" dir="rtl">
        <p>{children}</p>
      </section>
    </div>
  );
}

describe('useHostPage', () => {
  it("given an open dialog whose trigger sits on a dark right-to-left page, it returns the nearest ancestor's scheme and direction", () => {
    render(onPage(<Probe open />));
    const trigger = screen.getByRole('button', { name: 'Open' });
    expect(trigger).toHaveAttribute('data-scheme', 'dark');
    expect(trigger).toHaveAttribute('data-dir', 'rtl');
  });

  it('given a closed dialog, it reads nothing, and reads the page once the dialog opens', () => {
    const { rerender } = render(onPage(<Probe open={false} />));
    const trigger = screen.getByRole('button', { name: 'Open' });
    expect(trigger).toHaveAttribute('data-scheme', 'none');
    rerender(onPage(<Probe open />));
    expect(trigger).toHaveAttribute('data-scheme', 'dark');
    expect(trigger).toHaveAttribute('data-dir', 'rtl');
  });

  it('given a container chosen by the host, it copies nothing (inside it, the dialog takes the container’s scheme from CSS)', () => {
    const container = document.createElement('div');
    render(onPage(<Probe open container={container} />));
    const trigger = screen.getByRole('button', { name: 'Open' });
    expect(trigger).toHaveAttribute('data-scheme', 'none');
    expect(trigger).toHaveAttribute('data-dir', 'none');
  });

  it('given a page without either attribute, it returns neither', () => {
    render(<Probe open />);
    expect(screen.getByRole('button', { name: 'Open' })).toHaveAttribute('data-scheme', 'none');
  });

  it('given a re-render with the page unchanged, it returns the same object (the dialog is not re-rendered for nothing)', () => {
    seen.length = 0;
    const { rerender } = render(onPage(<Probe open />));
    rerender(onPage(<Probe open />));
    const settled = seen.filter((hostPage) => hostPage.colorScheme === 'dark');
    expect(settled.length).toBeGreaterThanOrEqual(2);
    expect(new Set(settled).size).toBe(1);
  });
});
