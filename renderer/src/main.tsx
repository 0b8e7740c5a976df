import '@mantine/core/styles.css';
import '@mantine/dropzone/styles.css';
import '@mantine/charts/styles.css';
import './app/desk.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from '../../shared/contract/client';
import { chooseTransport } from './api/transport';
import { App } from './app/App';
import { setupI18n } from './i18n/i18n';

void setupI18n().then(() => {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html lost its #root element');
  createRoot(root).render(
    <StrictMode>
      <App api={createApiClient(chooseTransport())} />
    </StrictMode>,
  );
});
