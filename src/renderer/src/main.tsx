import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { connectWorkbench, type Connection } from './workbench/client';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element.');
const root = createRoot(container);

function render(connection: Connection): void {
  root.render(
    <StrictMode>
      <App connection={connection} />
    </StrictMode>,
  );
}

// The host stops accepting our secret when it restarts: replace the app with the explanation once.
let rejected = false;
render(
  connectWorkbench(() => {
    if (rejected) return;
    rejected = true;
    render({ kind: 'missing-secret', reason: 'rejected' });
  }),
);
