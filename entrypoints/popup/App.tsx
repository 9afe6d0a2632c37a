import { browser } from 'wxt/browser';
import { PageHeader } from '@/components/PageHeader';
import './popup.css';

function openPage(path: '/options.html' | '/guide.html') {
  void browser.tabs.create({ url: browser.runtime.getURL(path) });
}

export function App() {
  return (
    <main class="popup">
      <PageHeader title="Cloud Checkup" />
      <section aria-labelledby="storage-h" class="card">
        <h2 id="storage-h">iCloud storage</h2>
        <p>Unknown: no reading yet. Open iCloud.com settings to take one.</p>
      </section>
      <section aria-labelledby="services-h" class="card">
        <h2 id="services-h">Apple's iCloud services</h2>
        <p>Unknown: Apple's status feed has not been read yet.</p>
      </section>
      <nav class="links">
        <button type="button" onClick={() => openPage('/guide.html')}>
          Fix guides
        </button>
        <button type="button" onClick={() => openPage('/options.html')}>
          Settings
        </button>
      </nav>
    </main>
  );
}
