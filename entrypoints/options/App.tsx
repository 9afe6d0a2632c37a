import { PageHeader } from '@/components/PageHeader';

export function App() {
  return (
    <>
      <PageHeader title="Cloud Checkup settings" />
      <main style={{ padding: '0 16px' }}>
        <p>Settings arrive with the next release: thresholds, watched services and notifications.</p>
      </main>
    </>
  );
}
