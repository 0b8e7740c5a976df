import { Badge, createTheme } from '@mantine/core';

/**
 * The desk's look. A badge (a visit's status, a document's state) is read whole or not at all: it
 * wraps onto a second line rather than ending in "…", whatever the language and screen width.
 */
export const theme = createTheme({
  primaryColor: 'cyan',
  // Filled buttons carry white text: the darkest cyan keeps it above 4.5:1.
  primaryShade: { light: 9, dark: 8 },
  defaultRadius: 'sm',
  components: {
    Badge: Badge.extend({
      styles: {
        root: { height: 'auto', minHeight: 'var(--badge-height)', maxWidth: 'none', flexShrink: 0, paddingBlock: 2 },
        label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', lineHeight: 1.25, textAlign: 'center' },
      },
    }),
  },
});

