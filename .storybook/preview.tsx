import type { Decorator, Preview } from '@storybook/react-vite';
import '../packages/react/src/styles/styles.css';
import './preview.css';

/** Locales offered in the toolbar; a story reads the choice as `globals.locale`. */
const locales = [
  { value: 'en-US', title: 'English (US)' },
  { value: 'en-GB', title: 'English (UK)' },
  { value: 'de-DE', title: 'Deutsch' },
  { value: 'fr-FR', title: 'Français' },
  { value: 'ja-JP', title: '日本語' },
  { value: 'ar-EG', title: 'العربية' },
];

/**
 * Wraps every story the way a host page would: a colour scheme on an ancestor
 * (`data-color-scheme`, what the tokens key on), a writing direction and a language.
 * A story pins a value with `globals: { colorScheme: 'dark' }` (e.g. `Dark`, `RightToLeft`).
 */
const withHostPage: Decorator = (Story, context) => {
  const { colorScheme = 'light', direction = 'ltr', locale = 'en-US' } = context.globals;
  return (
    <div className="okr-storybook-canvas" data-color-scheme={colorScheme} dir={direction} lang={locale}>
      <Story />
    </div>
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withHostPage],
  globalTypes: {
    colorScheme: {
      description: 'Colour scheme (sets data-color-scheme on the host wrapper)',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Writing direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Locale for numbers, dates and labels',
      toolbar: { title: 'Locale', icon: 'globe', items: locales, dynamicTitle: true },
    },
  },
  initialGlobals: { colorScheme: 'light', direction: 'ltr', locale: 'en-US' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, matchers: { color: /(background|color)$/i, date: /(At|Date)$/ } },
    // Accessibility is part of "done": any axe violation fails the story's test.
    a11y: { test: 'error' },
  },
};

export default preview;
